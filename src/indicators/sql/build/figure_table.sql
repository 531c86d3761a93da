-- raw_figures as the build's checks and 01_tables.sql read it: the parsed cells of build/figure_cells.sql,
-- every one as text ('' when empty), with the index, report id and display name of its file. A table, not
-- a view: the checks read it a dozen times. Renamed, not copied: the copy (with its coalesces and is_blank)
-- wrote every row and quote a second time (speed26).
alter table figure_cells rename to raw_figures;
