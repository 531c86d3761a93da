-- The total of one sum rule of consistency_rules.csv ($rule_id) as one report ($report_id) states it for its
-- year, written as the report writes it (≥ 1700个): a page that cannot draw how the total splits says the
-- total is there, instead of saying the report omits it (顺义区 2021 states 1700余个 items and no split).
select
    m.name_zh,
    bound_sign(f.qualifier)
    || coalesce(f.written, if(f.value = round(f.value, 2), plain_number(f.value), f.value_text) || f.unit) as value_text
from consistency_rules as c
join reports as r on r.report_id = $report_id
join figures as f
    on f.report_id = r.report_id
    and f.metric_id = c.total_metric_id
    and f.period = r.report_year
join metrics as m on m.metric_id = f.metric_id
where c.rule_id = $rule_id
-- the whole jurisdiction's total first, where the report also states one of a part of it
order by f.scope nulls first, f.variant nulls first
limit 1
