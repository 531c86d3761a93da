-- The position of each figure's quote in its report's text (raw/quote_positions.py), one row per row
-- of raw_figures in the same order: read beside it with a positional join. 1-based, as strpos()
-- counts; 0: the quote is not in the text; NULL: the figures file names no report with a text.
create or replace temp table figure_quotes as
select nullif(quote_at, -1) as quote_at
from figure_quote_frame;
