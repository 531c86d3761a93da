-- A figure entered with a bound (lower_bound, upper_bound, approximate) whose quote writes no bound word: pages
-- print the qualifier as "≥", "≤" or "≈" and never judge a target "not met" on a bound, so 22.8万件 entered as
-- lower_bound was shown as "22.8万件以上" though its quote says 22.8万件. The bound words are data,
-- raw/bound_words.csv (余, 多, 以上, 超过, 不超过, 以内, 约, 左右…, and their traditional spellings 餘, 超過,
-- 內, 約…, so a page in traditional characters needs no translation here), loaded as raw_bound_words; a test
-- (tests/test_bound_words.py) keeps them in step with the extractor's. Any bound word anywhere in the quote
-- passes: the refusal catches a bound the quote cannot have meant, not one written beside another number.
-- Only the figures with a qualifier are read, a few of every hundred, each against some fifty words.
select
    'qualifier-not-in-quote' as code,
    f.source_file as file,
    f.row_number as row,
    'qualifier' as field,
    f.qualifier as value,
    'is not what its quote says: it writes no bound word (余, 多, 以上, 超过, 约, 近, 以内, 不超过, 不足…); '
        || 'leave the qualifier empty, or quote the words that bound the number' as message
from raw_figures as f
where f.qualifier <> ''
    and not exists (select 1 from raw_bound_words as w where contains(f.quote, w.word))
order by f.source_file, f.row_number
