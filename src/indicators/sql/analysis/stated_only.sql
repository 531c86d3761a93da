-- The indicators one report ($report_id) states a rate of without the figures to recompute it (香坊区 2021's
-- “全程网办率”67%, 重庆市 2020's 直接纠错率为13.38%), each with the rate as the report writes it (a bound keeps its sign):
-- the profile's indicator section said only that the report gives the figures of no indicator, as if it said nothing
-- of them (qa36). The stated rate is the indicator's stated metric, else the catalog's `<indicator>_stated`, as
-- target_gap reads it; the whole jurisdiction's, of the report year. A value computed from the report's figures wins
-- (its stated value is shown beside it in the table), so such an indicator is not listed here.
select
    i.indicator_id,
    i.name_zh,
    i.name_en,
    number_text(f.value, f.qualifier) || f.unit as stated_text
from indicators as i
join dimensions as d on d.dimension_id = i.dimension_id
join reports as r on r.report_id = $report_id
join figures as f
    on f.report_id = r.report_id
    and f.metric_id = stated_metric(i.stated_metric_id, i.indicator_id)
    and f.period = r.report_year
    and f.scope is null
left join indicator_values as v
    on v.report_id = r.report_id
    and v.indicator_id = i.indicator_id
    and v.value is not null
where v.indicator_id is null
-- a rate stated twice (a variant, a second mention) is named once, as the report first writes it
qualify row_number() over (partition by i.indicator_id order by f.quote_start) = 1
order by d.position, i.indicator_id
