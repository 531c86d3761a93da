-- Changes of figures: year on year (the same metric in two periods, each with the previous period
-- the jurisdiction reported: figure_pairs, the pairing the year-on-year page uses too) and
-- before/after (a metric against its baseline metric in one period, such as start-up days after a
-- reform against before it). Direction comes from the catalog. Each row names its two figures by
-- their keys (base_report_id, base_row_number; report_id, row_number): a page that shows the quotes
-- joins `figures` on them, and the measure's names come from `measures`.
create or replace view figure_changes as
with year_on_year as (
    select
        jurisdiction_code,
        metric_id,
        'year_on_year' as comparison,
        base_period,
        period,
        base_value,
        value,
        unit,
        base_report_id,
        base_row_number,
        report_id,
        row_number
    from figure_pairs(null, null, null)
),

-- the values of the metrics a before/after pair names (read once: metric_values may be a view)
paired_metrics as materialized (
    select v.*
    from metric_values as v
    where v.metric_id in (select metric_id from metrics where baseline_metric_id is not null)
        or v.metric_id in (select baseline_metric_id from metrics)
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
        b.report_id as base_report_id,
        b.row_number as base_row_number,
        a.report_id,
        a.row_number
    from paired_metrics as a
    join metrics as m on m.metric_id = a.metric_id
    join paired_metrics as b
        on b.jurisdiction_code = a.jurisdiction_code
        and b.metric_id = m.baseline_metric_id
        and b.period = a.period
),

final as (
    select
        c.jurisdiction_code,
        c.metric_id,
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
        c.base_report_id,
        c.base_row_number,
        c.report_id,
        c.row_number
    from (select * from year_on_year union all select * from before_after) as c
    join measures as m on m.measure_kind = 'metric' and m.measure_id = c.metric_id
)

select * from final
