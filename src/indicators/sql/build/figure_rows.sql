-- Rows of the files read one by one in Python (unusual files, or a group DuckDB could not parse), with
-- their file's report id and name; a cell the frame lacks is ''.
insert into figure_cells by name
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
from figure_careful as c
join figure_names as n on n.file_idx = c.file_idx;
