-- The cells of every figures file, as parsed: one row per figure with the index, report id and display
-- name of its file (figure_names) and its spreadsheet row. Empty cells are '' (DuckDB's CSV reader is given
-- a null string no file holds; a column a file lacks takes its default ''). The review columns of
-- `indicators extract` are accepted and ignored; `padded` marks a row the positional join added when DuckDB
-- parsed fewer rows than the files have lines (a quoted line break), so that the group is read again file by
-- file. `unreviewed`: metric_id is blank as Python's str.strip() sees it (is_blank), a candidate of
-- `indicators extract` not yet reviewed. The rows are written here once, as the checks and 01_tables.sql
-- read them (build/figure_table.sql names the table raw_figures): a second table of the same cells was a
-- copy of every row and its quote, memory touched for the first time (speed25, speed26).
create or replace temp table figure_cells (
    file_idx integer,
    report_id varchar,
    source_file varchar,
    row_number integer,
    metric_id varchar default '',
    period varchar default '',
    value varchar default '',
    unit varchar default '',
    qualifier varchar default '',
    quote varchar default '',
    note varchar default '',
    scope varchar default '',
    variant varchar default '',
    quote_start varchar,
    quote_end varchar,
    rule varchar,
    confidence varchar,
    suggested_metrics varchar,
    unreviewed boolean,
    padded boolean default false
);

-- A cell Python's str.strip() would empty: every character is one whose isspace() is true. The pattern
-- is a literal, so that it is compiled once (a bound parameter was compiled for every row). A cell whose
-- first character is printable ASCII or lies above U+3000 (the last of those characters) is not blank, and is
-- not matched against the pattern (a case, not an and: in a projection both sides of an and are computed).
create or replace temp macro is_blank(cell) as
    case
        when ascii(cell) between 33 and 126 or ascii(cell) > 12288 then false
        else regexp_full_match(cell, '[\t\n\x0b\x0c\r\x1c-\x1f \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]*')
    end;
