-- One value per jurisdiction, metric and period, with its provenance: the figure it is, named by
-- (report_id, row_number), the row of the report's figures file. Quotes and catalog names are not
-- carried here: a page or export that shows them joins `figures` on that key, or `measures`, for
-- the rows it shows (a jurisdiction's figures file and metric are checked by the build).
-- When several reports state the same figure (a 2018 report restating 2017), the latest report wins.
-- A report states a metric once per period (the build refuses a repeat), and a later report can
-- state a period only as a restatement (period < its year), so the winner is found by comparing each
-- figure with the latest restatement of its key: a hash join against the few restated figures,
-- instead of a window over every figure.
create or replace view metric_values as
with located as not materialized (
    select
        r.jurisdiction_code,
        r.report_year,
        f.report_id,
        f.row_number,
        f.metric_id,
        f.period,
        f.value,
        f.unit,
        f.qualifier,
        f.scope,
        f.variant
    from figures as f
    join reports as r on r.report_id = f.report_id
),

restated as (
    select
        jurisdiction_code,
        metric_id,
        period,
        max(report_year) as latest_year
    from located
    where period < report_year
    group by all
),

final as (
    select
        l.jurisdiction_code,
        l.report_id,
        l.row_number,
        l.report_year,
        l.metric_id,
        l.period,
        l.value,
        l.unit,
        l.qualifier,
        l.scope,
        l.variant
    from located as l
    anti join restated as s
        on s.jurisdiction_code = l.jurisdiction_code
        and s.metric_id = l.metric_id
        and s.period = l.period
        and l.report_year < s.latest_year
)

select * from final
