-- The per-cell refusals of curated figures, over every file at once (they were pandera checks run on
-- a frame of 2-4 M rows: a third of the national build). Each row is a problem: code, file, row,
-- field, value; build.py words it from FIGURES_SCHEMA's check names, so the messages stay those of
-- the schema. is_blank: the whitespace of Python's str.strip(); a pattern ending in \n? matches as
-- Python's re.match with $ does (a trailing line break passes there too). The checks that hold for
-- every column (control characters, length) test a row once and look at its cells only when it fails;
-- $controls is false when Python found no control character in the bytes of any row (figure_table.py).
-- Rows with a blank metric_id (unreviewed) are left out. A duplicate-row's value is its metric id, period and
-- the row it repeats, joined by U+001F (no cell holds a control character: they are refused first). Each
-- branch reads raw_figures itself: a CTE read by several branches is materialized, a copy of every row with
-- its quote.
with suspect as (
    select *
    from raw_figures
    where not unreviewed
        and (
            ($controls and regexp_matches(concat(metric_id, period, value, unit, qualifier, quote, note),
                '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]'))
            or greatest(strlen(metric_id), strlen(period), strlen(value), strlen(unit), strlen(qualifier),
                strlen(quote), strlen(note)) > $max_chars
        )
),

cells as (
    select source_file, row_number, 'metric_id' as field, metric_id as value from suspect
    union all select source_file, row_number, 'period', period from suspect
    union all select source_file, row_number, 'value', value from suspect
    union all select source_file, row_number, 'unit', unit from suspect
    union all select source_file, row_number, 'qualifier', qualifier from suspect
    union all select source_file, row_number, 'quote', quote from suspect
    union all select source_file, row_number, 'note', note from suspect
),

-- keys whose hash repeats: every repeated key among them, found by grouping one integer a row (grouping
-- the three strings of 3.8 M rows took 0.8-1.1 CPU s on the national benchmark corpus, this 0.5-0.6 with
-- the exact grouping of the few rows it lets through); a collision of two keys is let through and
-- dropped by the exact count
collided as (
    select hash(report_id, metric_id, period) as key_hash
    from raw_figures
    where not unreviewed
    group by key_hash
    having count(*) > 1
),

repeated as (
    select f.report_id, f.metric_id, f.period
    from raw_figures as f
    semi join collided as c on c.key_hash = hash(f.report_id, f.metric_id, f.period)
    where not f.unreviewed
    group by f.report_id, f.metric_id, f.period
    having count(*) > 1
),

-- each row of a repeated key after the first, with the row that first held it: one problem a repeat (the first
-- row is no repeat, and a key of two columns is one key)
duplicates as (
    select * from (
        select
            f.source_file,
            f.row_number,
            f.metric_id,
            f.period,
            min(f.row_number) over (partition by f.report_id, f.metric_id, f.period) as earlier_row
        from raw_figures as f
        semi join repeated as r
            on r.report_id = f.report_id and r.metric_id = f.metric_id and r.period = f.period
        where not f.unreviewed
    )
    where row_number > earlier_row
),

-- the rows a per-cell refusal below may concern, found in one scan of the figures (each branch scanned them
-- itself: five scans of 3.8 M rows on the national benchmark corpus); each condition here is implied by its
-- branch's own
flagged as materialized (
    select source_file, row_number, period, value, unit, qualifier, quote
    from raw_figures
    where not unreviewed
        and (
            is_blank(unit)
            or is_blank(quote)
            or not regexp_full_match(period, '[0-9]{4}\n?')
            or not regexp_full_match(value, '-?[0-9]+(\.[0-9]+)?\n?')
            or coalesce(abs(try_cast(value as double)) >= $max_value, true)
            or not list_contains($qualifiers, qualifier)
        )
)

select 'control-character' as code, source_file as file, row_number as row, field, value
from cells
where regexp_matches(value, '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')
union all
select 'cell-too-long', source_file, row_number, field, value
from cells
where length(value) > $max_chars
union all
select 'empty-value', source_file, row_number, 'unit', unit
from flagged
where is_blank(unit)
union all
select 'empty-value', source_file, row_number, 'quote', quote
from flagged
where is_blank(quote)
union all
select 'not-a-year', source_file, row_number, 'period', period
from flagged
where not regexp_full_match(period, '[0-9]{4}\n?')
union all
select 'not-a-number', source_file, row_number, 'value', value
from flagged
where not regexp_full_match(value, '-?[0-9]+(\.[0-9]+)?\n?')
union all
select 'value-too-large', source_file, row_number, 'value', value
from flagged
where regexp_full_match(value, '-?[0-9]+(\.[0-9]+)?')
    and coalesce(abs(try_cast(value as double)) >= $max_value, true)
union all
select 'not-allowed', source_file, row_number, 'qualifier', qualifier
from flagged
where not list_contains($qualifiers, qualifier)
union all
select 'duplicate-row', source_file, row_number, 'metric_id', metric_id || chr(31) || period || chr(31) || earlier_row
from duplicates
order by file, row, field;
