-- The cells of every figures file, as parsed, before the per-cell checks: one row per figure with the
-- index of its file (figure_names) and its spreadsheet row. Empty cells are NULL here (DuckDB's CSV
-- reader) and '' in the raw_figures view. The review columns of `indicators extract` are accepted and
-- ignored; `padded` marks a row the positional join added when DuckDB parsed fewer rows than the
-- files have lines (a quoted line break), so that the group is read again file by file.
create or replace temp table figure_cells (
    file_idx integer,
    row_number integer,
    metric_id varchar,
    period varchar,
    value varchar,
    unit varchar,
    qualifier varchar,
    quote varchar,
    note varchar,
    scope varchar,
    variant varchar,
    quote_start varchar,
    quote_end varchar,
    rule varchar,
    confidence varchar,
    suggested_metrics varchar,
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
