-- Changes of figures: year on year (the same metric in two periods, each with the previous period
-- the jurisdiction reported) and before/after (a metric against its baseline metric in one period,
-- such as start-up days after a reform against before it). Direction comes from the catalog.
create or replace view figure_changes as
with year_on_year as (
    select
        jurisdiction_code,
        metric_id,
        'year_on_year' as comparison,
        lag(period) over w as base_period,
        period,
        lag(value) over w as base_value,
        value,
        unit,
        lag(quote) over w as base_quote,
        quote
    from metric_values
    window w as (partition by jurisdiction_code, metric_id order by period)
    qualify lag(period) over w is not null
),

before_after as (
    select
        a.jurisdiction_code,
        a.metric_id,
        'before_after' as comparison,
        b.period as base_period,
        a.period,
        b.value as base_value,
        a.value,
        a.unit,
        b.quote as base_quote,
        a.quote
    from metric_values as a
    join metrics as m on m.metric_id = a.metric_id
    join metric_values as b
        on b.jurisdiction_code = a.jurisdiction_code
        and b.metric_id = m.baseline_metric_id
        and b.period = a.period
),

final as (
    select
        c.jurisdiction_code,
        c.metric_id,
        m.name_zh,
        m.name_en,
        c.comparison,
        c.base_period,
        c.period,
        c.base_value,
        c.value,
        c.unit,
        c.value - c.base_value as change,
        relative_change(c.value, c.base_value) as relative_change,
        m.higher_is_better,
        change_direction(c.value, c.base_value, m.higher_is_better) as direction,
        c.base_quote,
        c.quote
    from (select * from year_on_year union all select * from before_after) as c
    join measures as m on m.measure_kind = 'metric' and m.measure_id = c.metric_id
)

select * from final
