-- One group of figures files (same header), parsed once by DuckDB as figure_csv, beside the file index,
-- spreadsheet row, report id and file name of each line (figure_positions, computed from each file's line
-- count; the two names are ENUMs there: a join with figure_names here built its hash table on the parsed
-- rows, which DuckDB cannot count ahead, 0.2 GB more at national scale). Empty cells are '' in figure_csv
-- (its null string is one no file holds), so a NULL in {last}, the header's last column, is a row DuckDB
-- padded: a short row, or a line break inside quotes that left fewer rows than lines. _overflow holds a
-- cell beyond the header. Either marks the row `padded`.
insert into figure_cells by name
select
    * exclude (_overflow, report_id, source_file),
    cast(report_id as varchar) as report_id,
    cast(source_file as varchar) as source_file,
    is_blank(coalesce(metric_id, '')) as unreviewed,
    _overflow is not null or {last} is null as padded
from figure_csv
positional join figure_positions;
