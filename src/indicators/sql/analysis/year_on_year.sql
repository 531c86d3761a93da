-- Every figure and indicator of one jurisdiction present in both a base period and a period
-- ($jurisdiction, $base_period, $period), with absolute and relative change and a direction judged
-- from the catalog's higher_is_better. Unlike the figure_changes view (each period against the
-- previous one), any two periods can be paired. Before/after pairs (a metric against its catalog
-- baseline metric in the same period, e.g. start-up days after vs before a reform) come in for $period.
-- Changes of percentage indicators are in percentage points; relative_change is a fraction.
with figure_pairs as (
    select
        'figure' as measure_kind,
        'year_on_year' as comparison,
        a.metric_id as measure_id,
        b.period as base_period,
        a.period,
        b.value as base_value,
        a.value,
        a.unit,
        b.quote as base_quote,
        a.quote
    from metric_values as a
    join metric_values as b
        on b.jurisdiction_code = a.jurisdiction_code
        and b.metric_id = a.metric_id
    where a.jurisdiction_code = $jurisdiction
        and a.period = $period
        and b.period = $base_period
        and $base_period <> $period
),

indicator_pairs as (
    select
        'indicator' as measure_kind,
        'year_on_year' as comparison,
        a.indicator_id as measure_id,
        b.report_year as base_period,
        a.report_year as period,
        b.value as base_value,
        a.value,
        a.unit,
        null as base_quote,
        null as quote
    from indicator_values as a
    join indicator_values as b
        on b.jurisdiction_code = a.jurisdiction_code
        and b.indicator_id = a.indicator_id
    where a.jurisdiction_code = $jurisdiction
        and a.report_year = $period
        and b.report_year = $base_period
        and $base_period <> $period
        and a.value is not null
        and b.value is not null
),

pairs as (
    select * from figure_pairs
    union all
    select * from indicator_pairs
),

judged as (
    select
        p.measure_kind,
        p.comparison,
        p.measure_id,
        c.name_zh,
        c.name_en,
        p.base_period,
        p.period,
        p.base_value,
        p.value,
        p.unit,
        -- in the unit of the measure (percentage points for %)
        p.value - p.base_value as change,
        relative_change(p.value, p.base_value) as relative_change,
        c.higher_is_better,
        change_direction(p.value, p.base_value, c.higher_is_better) as direction,
        p.base_quote,
        p.quote
    from pairs as p
    -- a figure is the value of a metric
    left join measures as c
        on c.measure_kind = if(p.measure_kind = 'figure', 'metric', p.measure_kind)
        and c.measure_id = p.measure_id
),

-- before/after pairs of $period, as the figure_changes view already judges them
before_after as (
    select
        'figure' as measure_kind,
        comparison,
        metric_id as measure_id,
        name_zh,
        name_en,
        base_period,
        period,
        base_value,
        value,
        unit,
        change,
        relative_change,
        higher_is_better,
        direction,
        base_quote,
        quote
    from figure_changes
    where comparison = 'before_after'
        and jurisdiction_code = $jurisdiction
        and period = $period
),

final as (
    select * from judged
    union all
    select * from before_after
)

select * from final
order by measure_kind, comparison, measure_id
