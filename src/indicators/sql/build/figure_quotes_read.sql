-- Each figure's file index and quote, in the order of raw_figures, for raw/quote_positions.py.
select file_idx, quote
from raw_figures;
