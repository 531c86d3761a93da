-- One value per jurisdiction, metric and period, with its provenance: the figure it is, named by
-- (report_id, row_number), the row of the report's figures file. Quotes and catalog names are not
-- carried here: a page or export that shows them joins `figures` on that key, or `measures`, for
-- the rows it shows (a jurisdiction's figures file and metric are checked by the build).
-- When several reports state the same figure (a 2018 report restating 2017), the latest report wins.
-- A report states a metric once per period (the build refuses a repeat). A later report states a
-- period as a restatement (period < its year), and an earlier one only ahead of its year (January
-- figures of the year it is published in), so the winner is found by comparing each figure with the
-- latest restatement of its key, and each figure stated ahead with the later reports stating its key:
-- hash joins against the few restated and stated-ahead figures, instead of a window over every figure.
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

elsewhere as materialized (
    -- the figures not of their report's own year, in one pass: restatements and figures stated ahead
    select
        jurisdiction_code,
        metric_id,
        period,
        report_year
    from located
    where period <> report_year
),

later_reports as (
    -- each figure stated ahead, with every later report of its jurisdiction (a handful of rows)
    select
        a.jurisdiction_code,
        a.metric_id,
        a.period,
        r.report_id,
        r.report_year
    from elsewhere as a
    join reports as r
        on r.jurisdiction_code = a.jurisdiction_code
        and r.report_year > a.report_year
    where a.period > a.report_year
),

restated as (
    -- the latest later report stating each key: its restatements, and the reports after a figure stated ahead
    -- that state the same key (found by their report id, so the scan of figures reads only their rows)
    select
        jurisdiction_code,
        metric_id,
        period,
        max(report_year) as latest_year
    from (
        select jurisdiction_code, metric_id, period, report_year
        from elsewhere
        where period < report_year
        union all
        select a.jurisdiction_code, a.metric_id, a.period, a.report_year
        from figures as f
        join later_reports as a
            on a.report_id = f.report_id
            and a.metric_id = f.metric_id
            and a.period = f.period
    )
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
