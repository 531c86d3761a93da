-- One value per jurisdiction, metric and period, with its provenance: the figure it is, named by
-- (report_id, row_number), the row of the report's figures file. Quotes and catalog names are not
-- carried here: a page or export that shows them joins `figures` on that key, or `measures`, for
-- the rows it shows (a jurisdiction's figures file and metric are checked by the build).
-- When several reports state the same figure (a 2018 report restating 2017), the latest report wins.
-- A report states a metric once per period (the build refuses a repeat). A later report states a
-- period as a restatement (period < its year), and an earlier one only ahead of its year (January
-- figures of the year it is published in). So a figure of its report's year or a restatement wins
-- unless a later report restates its key, and a figure stated ahead wins unless any later report
-- states its key: hash joins against the few restated and stated-ahead figures, not a window over all.
-- A view, computed when read (read/derived.py says why: storing it was sorting and writing 3.2 M rows,
-- about half the stored relations' CPU). Every reader but figure_changes' full read asks for one
-- jurisdiction, and this form lets that filter reach every branch: each CTE is read once (a CTE read
-- twice is materialized whole), and the restatements come in by left joins, whose keys carry the
-- filter across (an anti or semi join's right side is read whole). The figures stated ahead are
-- judged in a branch of their own: joined to every figure of their key inside `restated`, the
-- planner estimated millions of keys and built the join's table on every figure (speed13).
-- located_figures(): every figure with its report's jurisdiction and year, the one reading of that join for
-- this view's branches and for year on year's own-year statements (38_figure_pairs.sql)
create or replace macro located_figures() as table
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
join reports as r on r.report_id = f.report_id;

create or replace view metric_values as
with located as (
    select * from located_figures()
),

restatements as (
    -- the figures a later report states again (period < its year), each with that report's year
    select jurisdiction_code, metric_id, period, report_year
    from located_figures()
    where period < report_year
),

ahead as (
    -- the figures a report states ahead of its year (period > its year): a handful of rows
    select * from located_figures() where period > report_year
),

stated_later as (
    -- every figure with its report's year, for the figures stated ahead to be compared with
    select jurisdiction_code, report_year, metric_id, period
    from located_figures()
),

restated as (
    -- the latest restatement of each key restated
    select
        jurisdiction_code,
        metric_id,
        period,
        max(report_year) as latest_year
    from restatements
    group by all
),

final as (
    -- a figure of its report's year, or a restatement, wins unless a later report restates its key; a
    -- figure stated ahead wins unless any later report states its key (its own year's figure, a
    -- restatement, or ahead again)
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
    left join restated as s
        on s.jurisdiction_code = l.jurisdiction_code
        and s.metric_id = l.metric_id
        and s.period = l.period
    where l.period <= l.report_year
        and (s.latest_year is null or l.report_year >= s.latest_year)
    union all
    select
        a.jurisdiction_code,
        a.report_id,
        a.row_number,
        a.report_year,
        a.metric_id,
        a.period,
        a.value,
        a.unit,
        a.qualifier,
        a.scope,
        a.variant
    from ahead as a
    left join stated_later as x
        on x.jurisdiction_code = a.jurisdiction_code
        and x.metric_id = a.metric_id
        and x.period = a.period
        and x.report_year > a.report_year
    where x.report_year is null
)

select * from final
