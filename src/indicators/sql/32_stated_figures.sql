-- the metric holding the rate a report states of an indicator: its stated metric in indicators.csv, else the
-- catalog's `<indicator>_stated` (网上可办率_stated…, which no indicator links yet): the target page, the profile and
-- the exports read a report's own rate by this one rule
create or replace macro stated_metric(stated_metric_id, indicator_id) as
    coalesce(stated_metric_id, indicator_id || '_stated');

-- The figure behind each report's stated value of an indicator (its stated metric's figure of the report
-- year: one row by the build's key), with its quote and the tolerance the quote sets. Kept as a view, read
-- when asked (read.derived.ON_READ): the consistency check of one report and an export read a few rows,
-- whereas storing them with indicator_values decompressed every quote of figures in the build (speed26).
create or replace view stated_figures as
select
    f.report_id,
    i.indicator_id,
    f.quote as stated_quote,
    -- 达80%以上 is a bound: the recomputed rate agrees with it from above (qa38), and it reads ≥ 80
    f.qualifier as stated_qualifier,
    -- half a unit of the last decimal the report wrote (86.27 → 0.005): the decimals of the number in
    -- the quote that equals the value, not of the value as typed (86.270 typed is still 86.27 in the
    -- report); typed decimals without trailing zeros when the quote writes it otherwise (八十六)
    0.5 * pow(10, -coalesce(
        list_max(list_transform(
            list_filter(regexp_extract_all(f.quote, '[0-9]+(\.[0-9]+)?'), lambda x: try_cast(x as double) = f.value),
            lambda x: length(split_part(x, '.', 2)))),
        length(rtrim(split_part(f.value_text, '.', 2), '0')))) as stated_tolerance
from figures as f
join reports as r on r.report_id = f.report_id and f.period = r.report_year
join indicators as i on i.stated_metric_id = f.metric_id
-- the whole jurisdiction's, as the value it is checked against (indicator_values takes no figure of a part)
where f.scope is null;

-- The rate each report states of an indicator, by stated_metric (a linked stated metric or `<indicator>_stated`), of
-- the report year and the whole jurisdiction's (no `scope`): one rule for the target page and export, the profile's
-- stated-only list and 报告所述值, and the indicator export, which each wrote this join themselves, and the target
-- ones took a unit's rate (市本级…达90%) as the report's own where the others, and the peer page, took none. One row
-- per report and indicator (a report's figures are one per metric and period). Kept a view (ON_READ), as
-- stated_figures: its readers ask for one report or jurisdiction, and storing it would read every stated quote.
create or replace view stated_rates as
select
    f.report_id,
    r.report_year,
    i.indicator_id,
    i.stated_metric_id is not null as linked,
    f.value as stated_value,
    f.qualifier as stated_qualifier,
    f.unit as stated_unit,
    f.quote as stated_quote
from indicators as i
join figures as f on f.metric_id = stated_metric(i.stated_metric_id, i.indicator_id)
join reports as r on r.report_id = f.report_id and f.period = r.report_year
where f.scope is null
