-- A figure entered without the scale its quote writes the number with: 3.7 亩 where the quote says
-- 3.7万亩, 1.86 万元 where it says 1.86亿元, 31.5 件 for 31.5万件. checks/figures.sql passes a figure in its
-- metric's own unit, and value_in_quote.sql finds 3.7 in "3.7万亩", so without this check the build would
-- store a value 10^4 or 10^8 off. Entered as the quote writes it (万亩, 亿元), 01_tables.sql stores it in the
-- metric's unit. A quote that also writes the number with the entered unit (受理12件，涉案金额12万元, entered
-- 12 件) is not refused: the figure may be that one. Only quotes holding 万 or 亿 are read, so the check is
-- one scan of the quotes; scale_steps, scale_base, plain_quote and written_value are build/unit_scale.sql's.
with scaled as (
    select
        source_file,
        row_number,
        -- as a quote writes it: 3.70 typed is 3.7; else 3.70亩 for 3.7万亩 would not be found and the figure
        -- stored 10^4 off
        written_value(value) as value,
        unit,
        -- written as the quote writes it, without thousands separators or a space before the measure word,
        -- with the scale word in simplified characters (3.4萬人) and without a bound between it and the
        -- measure word (3.4万多人, 10万余场次: extract/mentions.py's infix), which hid the scale from this check
        regexp_replace(replace(plain_quote(quote), ' ', ''), '([万亿])[余多]', '\1', 'g') as plain
    from raw_figures
    where contains(quote, '万') or contains(quote, '亿') or contains(quote, '萬') or contains(quote, '億')
),

-- the scale words other than the entered unit's own, each with the number and measure word it would make
other_scale as (
    select
        f.source_file,
        f.row_number,
        f.unit,
        f.plain,
        f.value || f.unit as entered,
        f.value || s.word || scale_base(f.unit) as written
    from scaled as f
    cross join (values ('万'), ('亿')) as s(word)
    -- each scale word's steps read by scale_steps, as the unit check and 01_tables.sql read them
    where scale_steps(s.word || scale_base(f.unit)) <> scale_steps(f.unit)
),

-- the pieces around each place the quote writes `written`: one whose last character is a digit or a
-- point means a longer number (31.86亿元 holds 1.86亿元), not this one
pieces as (
    select
        source_file,
        row_number,
        unit,
        written,
        string_split(plain, written) as parts
    from other_scale
    where contains(plain, written) and not contains(plain, entered)
)

select distinct on (source_file, row_number)
    'unit-scale-not-in-quote' as code,
    source_file as file,
    row_number as row,
    'unit' as field,
    unit as value,
    'leaves out the scale of its quote, which writes "' || written || '"; enter the unit as the quote writes it'
        as message
from pieces
where list_bool_or(list_transform(range(1, len(parts)), lambda k:
    parts[k] = '' or right(parts[k], 1) not in ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.')))
order by source_file, row_number, written
