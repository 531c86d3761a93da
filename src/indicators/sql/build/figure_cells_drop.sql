-- The parsed cells, once raw_figures holds them as text.
drop table figure_cells;
