-- The scale word before a measure word, read one way for the unit check of the figures (checks/figures.sql)
-- and for storing a figure in its metric's unit (01_tables.sql), as extract/rules.scaled reads it: 万 is one
-- step of 10^4 and 亿 two (万件, 亿元); 万 alone is a measure word, not a scale.
create or replace temp macro scale_steps(unit) as
    case
        when length(unit) > 1 and left(unit, 1) = '亿' then 2
        when length(unit) > 1 and left(unit, 1) = '万' then 1
        else 0
    end;

-- the measure word without its scale word: 元 of 亿元 and of 万元
create or replace temp macro scale_base(unit) as
    case when scale_steps(unit) > 0 then substr(unit, 2) else unit end;

-- two measure words of one unit family of units.csv (件 and 宗 for cases, 项 and 个 for items): the figures' unit
-- check (checks/figures.sql) and the quote's unit check (checks/unit_in_quote.sql) read kinship one way
create or replace temp macro same_unit_family(one_unit, other_unit) as
    exists (
        select 1 from raw_unit_families as a
        join raw_unit_families as b on b.family = a.family
        where a.unit = one_unit and b.unit = other_unit
    );

-- a quote as the unit checks read it: without thousands separators (2,917 and 2，917), with the scale
-- words in simplified characters (3.4萬人 reads 3.4万人), without a converter's pinyin (3.99萬(wàn)件 reads
-- 3.99万件) and with a bracketed 次 joined to its word (306件(次) reads 306件次, as the extractor writes it: both
-- patterns are the extractor's, build/quote_forms.sql), so that the number before a scaled measure word is found
-- however the page wrote it
create or replace temp macro plain_quote(quote) as
    replace(replace(replace(replace(regexp_replace(
        regexp_replace(quote, getvariable('quote_forms').pinyin_remnant, '', 'g'),
        getvariable('quote_forms').per_time, '次', 'g'), ',', ''), '，', ''), '萬', '万'), '億', '亿');

-- a value as a quote writes it: 70.0 or 3.40 typed (a spreadsheet's or pandas' float) is 70, 3.4, so that
-- the unit and scale checks find it in the quote (3.40 for 3.4万人 would otherwise pass the scale check)
create or replace temp macro written_value(value) as
    if(contains(value, '.'), rtrim(rtrim(value, '0'), '.'), value);
