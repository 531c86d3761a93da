-- Each figure's row id, file index and quote, for raw/quote_positions.py, read by a cursor of its own
-- (which has not the build connection's search path).
select rowid as figure_rowid, file_idx, quote
from build_stage.raw_figures;
