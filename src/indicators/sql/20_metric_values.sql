-- One value per jurisdiction, metric and period, with its provenance: the figure it is, named by
-- (report_id, row_number), the row of the report's figures file. Ids, the value and its unit only: a
-- page that shows a figure's quote, qualifier, scope or variant joins `figures` on that key, and the
-- catalog's names come from `measures`, for the rows it shows (a jurisdiction's figures file and
-- metric are checked by the build).
-- A view, computed when read (read/derived.py says why): every reader asks for one jurisdiction, and
-- its filter reaches every branch below (each CTE is read once, so none is materialized; the keys come
-- in by left and inner joins, whose keys carry the filter across; an anti or semi join did not). Read
-- in full (the figure_changes view, the pandas twin's comparison), DuckDB builds the left join's hash
-- table on every figure instead of the restated keys (about 2.5 CPU s more nationally; benchmarks, speed13).
-- When several reports state the same figure (a 2018 report restating 2017), the latest report wins.
-- A report states a metric once per period (the build refuses a repeat). A later report states a
-- period as a restatement (period < its year), and an earlier one only ahead of its year (January
-- figures of the year it is published in), so the winner is found by comparing each figure with the
-- latest report stating its key among its restatements and, for the few keys stated ahead, every
-- figure of the key: hash joins against those figures, instead of a window over every figure.
create or replace view metric_values as
with located as (
    select
        r.jurisdiction_code,
        r.report_year,
        f.report_id,
        f.row_number,
        f.metric_id,
        f.period,
        f.value,
        f.unit
    from figures as f
    join reports as r on r.report_id = f.report_id
),

restatements as (
    -- the figures a later report states again (period < its year), each with that report's year; each
    -- CTE is read once, so that none is materialized and a filter on one jurisdiction reaches all (a CTE
    -- read twice is, and a materialized `located` also made the planner build the join below on every figure)
    select
        r.jurisdiction_code,
        f.metric_id,
        f.period,
        r.report_year
    from figures as f
    join reports as r on r.report_id = f.report_id
    where f.period < r.report_year
),

ahead as (
    -- the keys some report states ahead of its year (period > its year): a handful of rows, each once
    -- (joined, not semi-joined, below: a filter on one jurisdiction crosses an inner join's keys)
    select distinct
        r.jurisdiction_code,
        f.metric_id,
        f.period
    from figures as f
    join reports as r on r.report_id = f.report_id
    where f.period > r.report_year
),

restated as (
    -- the latest report stating each key stated more than once: its restatements, and every figure of a
    -- key stated ahead (its own year's figure wins over it, a later restatement over both)
    select
        jurisdiction_code,
        metric_id,
        period,
        max(report_year) as latest_year
    from (
        select jurisdiction_code, metric_id, period, report_year
        from restatements
        union all
        select a.jurisdiction_code, a.metric_id, a.period, r.report_year
        from ahead as a
        join reports as r on r.jurisdiction_code = a.jurisdiction_code
        join figures as f
            on f.report_id = r.report_id
            and f.metric_id = a.metric_id
            and f.period = a.period
    )
    group by all
),

final as (
    select
        l.jurisdiction_code,
        l.metric_id,
        l.period,
        l.value,
        l.unit,
        l.report_id,
        l.row_number
    from located as l
    left join restated as s
        on s.jurisdiction_code = l.jurisdiction_code
        and s.metric_id = l.metric_id
        and s.period = l.period
    where s.latest_year is null or l.report_year >= s.latest_year
)

select * from final
