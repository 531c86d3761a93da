-- Every figure of one report ($report_id), each with its verbatim sentence: what the report states,
-- whether or not an indicator can use it (most real reports feed none, lacking a numerator's or a
-- denominator's figure). Grouped by the catalog's dimension in the dimensions' order, as the indicator
-- tables are, and within one in the order of the report text.
select
    d.dimension_id,
    d.name_zh || ' ' || d.name_en as dimension,
    f.metric_id,
    m.name_zh || ' ' || m.name_en as metric,
    -- a bound keeps its sign (≤ 7个工作日, ≥ 600人, 约 400项) and an integer reads without ".0"; a figure the
    -- build stored in another scale reads as the report writes it (≥ 10万场次, not 100000场次), and a value
    -- finer than two decimals keeps its digits instead of rounding
    bound_sign(f.qualifier)
    || coalesce(f.written, if(f.value = round(f.value, 2), plain_number(f.value), f.value_text) || f.unit) as value_text,
    f.period,
    -- a figure of another year than the report's (2015年的权责清单 in a 2017 report) says so
    f.period::varchar || '年'
    || case when f.period <> r.report_year then '（非报告年度 not the report year）' else '' end as period_text,
    -- whose figure it is when not the whole jurisdiction's, and the report's own way of counting it
    concat_ws('；', '范围 scope：' || f.scope || '（非全辖区 not the whole jurisdiction）',
        '口径 variant：' || f.variant) as scope_variant_text,
    f.quote
from figures as f
join reports as r on r.report_id = f.report_id
join metrics as m on m.metric_id = f.metric_id
join dimensions as d on d.dimension_id = m.dimension_id
where f.report_id = $report_id
order by d.position, f.quote_start, f.row_number
