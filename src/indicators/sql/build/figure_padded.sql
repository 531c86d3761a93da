-- Rows of a group whose lines DuckDB parsed into fewer rows (a quoted line break in some file).
select count(*) from figure_cells where padded;
