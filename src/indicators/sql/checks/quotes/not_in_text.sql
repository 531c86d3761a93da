-- Refusals of curated figures whose quote is not in their report's text. Apart from checks/figures.sql
-- because it reads figure_quotes, each quote's position in its text (0 when absent), which Python finds
-- while DuckDB runs the other checks (raw/quote_positions.py, raw/cross_checks.py).
select
    'quote-not-found' as code,
    f.source_file as file,
    f.row_number as row,
    'quote' as field,
    f.quote as value,
    'not found verbatim in the report text data/raw/reports/' || f.report_id || '.txt' as message
from figure_quotes as q
join raw_figures as f on f.rowid = q.figure_rowid
where q.quote_at = 0
