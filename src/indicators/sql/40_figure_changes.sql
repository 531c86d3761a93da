-- Changes of figures: year on year (the same metric in two periods, each with the previous period
-- the jurisdiction reported: figure_pairs, the pairing the year-on-year page uses too) and
-- before/after (a metric against its baseline metric in one period, such as start-up days after a
-- reform against before it). Direction comes from the catalog. Each row names its two figures by
-- their keys (base_report_id, base_row_number; report_id, row_number): a page that shows the quotes
-- joins `figures` on them, and the measure's names come from `measures`. A year-on-year pair of another scope,
-- variant or a bound keeps its two values, `comparable` false and the reason, and no change, as the year-on-year
-- page lists it apart (叶城县 ≥ 632000人次 → ≥ 150000人次 is no fall of 482000), and so does a pair of two reports
-- covering different parts of their years (a 上半年工作总结 against a whole year: reports.part_of_year), and a pair
-- with a value from a later report's restatement that its year's own report states otherwise, with the reason the
-- year-on-year page gives; a before/after pair is a report's own reform (one report states both),
-- always compared.
create or replace view figure_changes as
with year_on_year as (
    select
        p.jurisdiction_code,
        p.metric_id,
        'year_on_year' as comparison,
        p.base_period,
        p.period,
        p.base_value,
        p.value,
        p.unit,
        pair_reason(p, br.part_of_year, r.part_of_year, sb.value, br.report_year, r.report_year) as reason,
        p.base_report_id,
        p.base_row_number,
        p.report_id,
        p.row_number
    from figure_pairs(null, null, null) as p
    left join reports as br on br.report_id = p.base_report_id
    left join reports as r on r.report_id = p.report_id
    -- the later report's own figure of the base year under the metric's before (baseline) metric
    left join baseline_statements() as sb
        on sb.report_id = p.report_id
        and sb.metric_id = p.metric_id
        and sb.period = p.base_period
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
        null as reason,
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
    -- one report's own reform: a report states both of the year (the value shown may be a later report's restating
    -- it); a later report's 2016年的516项, stated as a before, is no before of an earlier one's 265项 (浙江省, qa44)
    where b.report_id = a.report_id
        or exists (select 1 from figures as f
                   where f.report_id = b.report_id and f.metric_id = a.metric_id and f.period = a.period)
        or exists (select 1 from figures as f
                   where f.report_id = a.report_id and f.metric_id = b.metric_id and f.period = b.period)
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
        c.reason is null as comparable,
        c.reason as not_comparable_reason,
        if(c.reason is null, c.value - c.base_value, null) as change,
        if(c.reason is null, relative_change(c.value, c.base_value), null) as relative_change,
        m.higher_is_better,
        if(c.reason is null, change_direction(c.value, c.base_value, m.higher_is_better), null) as direction,
        c.base_report_id,
        c.base_row_number,
        c.report_id,
        c.row_number
    from (select * from year_on_year union all select * from before_after) as c
    join measures as m on m.measure_kind = 'metric' and m.measure_id = c.metric_id
)

select * from final
