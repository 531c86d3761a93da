-- One group of figures files (same header), parsed once by DuckDB as figure_csv, beside the file index
-- and spreadsheet row of each line (figure_positions, computed from each file's line count). Empty
-- cells are '' in figure_csv (its null string is one no file holds), so a NULL in {last}, the header's
-- last column, is a row DuckDB padded: a short row, or a line break inside quotes that left fewer rows
-- than lines. _overflow holds a cell beyond the header. Either marks the row `padded`.
insert into figure_cells by name
select
    * exclude (_overflow),
    _overflow is not null or {last} is null as padded
from figure_csv
positional join figure_positions;
