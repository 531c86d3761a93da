-- raw_figures as the build's checks and 01_tables.sql read it: every cell as text ('' when empty),
-- with the index, report id and display name of its file, and whether metric_id is blank as Python's
-- str.strip() sees it (is_blank): such a row is a candidate of `indicators extract` not yet reviewed.
-- A table, not a view: the checks read it a dozen times.
create or replace temp table raw_figures as
select
    c.file_idx,
    n.report_id,
    n.source_file,
    c.row_number,
    coalesce(c.metric_id, '') as metric_id,
    coalesce(c.period, '') as period,
    coalesce(c.value, '') as value,
    coalesce(c.unit, '') as unit,
    coalesce(c.qualifier, '') as qualifier,
    coalesce(c.quote, '') as quote,
    coalesce(c.note, '') as note,
    coalesce(c.scope, '') as scope,
    coalesce(c.variant, '') as variant,
    is_blank(coalesce(c.metric_id, '')) as unreviewed
from figure_cells as c
join figure_names as n on n.file_idx = c.file_idx;
