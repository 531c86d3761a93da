-- Take a group's rows out again: its files are read one by one instead.
delete from figure_cells
where file_idx in (select file_idx from figure_positions);
