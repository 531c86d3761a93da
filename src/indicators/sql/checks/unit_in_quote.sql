-- A figure entered in its metric's unit where its quote counts in another measure word: 135 人次 where the
-- quote says 135名 (persons, not person-times), 3.95 % where it says 3.95个百分点, 5 天 for 5个工作日.
-- checks/figures.sql compares another unit than the metric's with the quote, but not the metric's own, so a
-- reviewer told 'differs from catalog "人次"' could retype the unit and pass; value_in_quote.sql finds the
-- number without reading the word after it.
--
-- The word read is the longest measure word of units.csv, unit_families.csv (in any of its spellings,
-- 個 for 个) or metric_measure_words.csv (幅) right after the number, past a space, the 余 or 多 of a bound and
-- a scale word (scale_in_quote.sql checks the scale): 600多人 reads 人, 2.8万余人次 reads 人次. It agrees with the
-- entered unit when it is the unit without its scale word or a word of one of its families (120件 for 份, 24個 for
-- 个). A word that another word may not follow (部 of 6部门: raw/unit_words.py reads the extractor's
-- measure_words.csv) is no measure word there, and a number followed by anything else (a table cell, a noun, the
-- end of the quote) is not judged.
-- The figure is refused only when every place its quote writes the number says another measure word: a quote
-- that writes it once with the entered unit (受理12件，涉及12人) may mean that one. The quotes that write the
-- number right before the entered unit, nearly all, are not read further, so the check costs one scan.
with unclear as (
    select
        source_file,
        row_number,
        written_value(value) as value,
        unit,
        string_split(plain_quote(quote), written_value(value)) as pieces
    from raw_figures as f
    -- a unit other than the metric's is checked against the quote by checks/figures.sql already
    where scale_base(unit) = scale_base((select m.unit from raw_metrics as m where m.metric_id = f.metric_id))
        and not contains(quote, written_value(value) || unit)
),

-- each place the number stands alone (no digit or point before it, no digit after it), with what follows
-- past a space, a bound's 余 or 多 and a scale word
places as (
    select
        source_file,
        row_number,
        value,
        unit,
        k,
        pieces[k + 1] as rest,
        regexp_replace(pieces[k + 1], '^\s*[余多]?[万亿]?[余多]?', '') as after
    from unclear, range(1, len(pieces)) as t(k)
    where (pieces[k] = '' and k = 1 or regexp_matches(pieces[k], '[^0-9.]$'))
        and not regexp_matches(pieces[k + 1], '^[0-9]')
),

words as (
    select unit as word, unit from raw_units
    union
    select written, unit from raw_unit_families
    union
    -- a metric's own words (幅 of 悬挂标语30幅): the build accepts them for that metric alone (checks/figures.sql)
    select unit, unit from raw_metric_measure_words
),

-- the longest measure word each place starts with, unless what follows it makes it part of another word
read_words as (
    select
        p.source_file,
        p.row_number,
        p.value,
        p.unit,
        -- as the quote writes it, bound and scale included: 600多人
        left(p.rest, length(p.rest) - length(p.after) + max(length(w.word))) as written,
        arg_max(w.word, length(w.word)) as word,
        arg_max(w.unit, length(w.word)) as word_unit
    from places as p
    left join words as w
        on starts_with(p.after, w.word)
        and not exists (
            select 1 from raw_measure_word_limits as l
            where l.word = w.unit and l.not_followed_by <> ''
                and regexp_matches(substr(p.after, length(w.word) + 1), '^(' || l.not_followed_by || ')')
        )
    group by p.source_file, p.row_number, p.value, p.unit, p.k, p.rest, p.after
),

verdicts as (
    select
        r.*,
        r.word is not null
            and r.word_unit <> scale_base(r.unit)
            and not same_unit_family(scale_base(r.unit), r.word_unit) as other_word
    from read_words as r
)

select
    'unit-not-in-quote' as code,
    source_file as file,
    row_number as row,
    'unit' as field,
    unit as value,
    'is not what its quote counts in: it writes "' || min(value || written)
        || '"; enter the unit as the quote writes it, or the metric that counts in that' as message
from verdicts
group by source_file, row_number, unit
having bool_and(other_word)
order by source_file, row_number
