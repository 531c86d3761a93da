-- How pages write a figure's words in ways the unit checks read through (build/unit_scale.sql's plain_quote), given
-- by the extractor's own patterns so that both read a quote one way:
-- pinyin_remnant: the pinyin a converter leaves after characters (查處各類違法案件3.99萬(wàn)件), extract/text.py's
--   PINYIN_REMNANT, read away;
-- per_time: a count per time written with 次 in brackets after its word (306件(次)), extract/mentions.py's PER_TIME,
--   read as the word with 次 (306件次).
set variable quote_forms = {'pinyin_remnant': $pinyin_remnant, 'per_time': $per_time}
