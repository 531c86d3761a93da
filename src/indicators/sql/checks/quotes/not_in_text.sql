-- Refusals of curated figures whose quote is not in their report's text. Apart from checks/figures.sql
-- because it reads figure_quotes, each quote's position in its text (0 when absent), which Python finds
-- while DuckDB runs the other checks (raw/quote_positions.py, raw/cross_checks.py). A quote the text holds
-- only with a line break or a space inside (an analyst copied it across the text's line end) is told so:
-- "not found" alone sent them comparing characters that look the same.
select
    'quote-not-found' as code,
    f.source_file as file,
    f.row_number as row,
    'quote' as field,
    f.quote as value,
    'not found verbatim in the report text ' || getvariable('raw_folder') || 'reports/' || f.report_id || '.txt'
        || case
            when strpos(regexp_replace(t.text, '[\s\x{3000}\x{00a0}]', '', 'g'),
                        regexp_replace(f.quote, '[\s\x{3000}\x{00a0}]', '', 'g')) > 0
            then '; the text has it with a line break or space inside: quote the part that stands on one line, '
                || 'spaces as the text writes them'
            else ''
        end as message
from figure_quotes as q
join raw_figures as f on f.rowid = q.figure_rowid
left join raw_reports_frame as t on t.report_id = f.report_id
where q.quote_at = 0
