-- Rows of the files read one by one in Python (unusual files, or a group DuckDB could not parse).
insert into figure_cells by name
select * from figure_careful;
