-- Each figure's report and quote, in the order of raw_figures, for raw/quote_positions.py.
select report_id, quote
from raw_figures;
