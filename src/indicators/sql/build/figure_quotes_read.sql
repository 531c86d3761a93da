-- Each figure's row id, file index and quote, for raw/quote_positions.py.
select rowid as figure_rowid, file_idx, quote
from raw_figures;
