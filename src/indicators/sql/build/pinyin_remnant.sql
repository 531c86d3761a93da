-- The pinyin a converter leaves after characters of some pages (查處各類違法案件3.99萬(wàn)件): extract/text.py's
-- PINYIN_REMNANT, a toned syllable in brackets, which the extractor sets aside and build/unit_scale.sql's plain_quote
-- reads quotes without, so that a quote copied from such a page writes its number and measure word together.
set variable pinyin_remnant = $pattern
