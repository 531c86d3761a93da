-- The position of each figure's quote in its report's text (raw/quote_positions.py), one row per row
-- of raw_figures, named by its rowid: a hash join on it lets DuckDB read both on every core, where the
-- positional join they had ran on one (it made writing `figures` take 6-7 CPU s on the national
-- benchmark corpus, 4.5-4.8 with this join). 1-based, as strpos() counts; 0: the quote is not in the
-- text; NULL: the figures file names no report with a text.
create or replace temp table figure_quotes as
select figure_rowid, nullif(quote_at, -1) as quote_at
from figure_quote_frame;
