-- The indicators one report ($report_id) states a rate of without the figures to recompute it (香坊区 2021's
-- “全程网办率”67%, 重庆市 2020's 直接纠错率为13.38%), each with the rate as the report writes it (a bound keeps its sign):
-- the profile's indicator section said only that the report gives the figures of no indicator, as if it said nothing
-- of them (qa36). The stated rate is stated_rates' (32_stated_figures.sql), as target_gap reads it: the whole
-- jurisdiction's, of the report year. A value computed from the report's figures wins (its stated value is shown
-- beside it in the table), so such an indicator is not listed here.
select
    i.indicator_id,
    i.name_zh,
    i.name_en,
    number_text(s.stated_value, s.stated_qualifier) || s.stated_unit as stated_text
from stated_rates as s
join indicators as i on i.indicator_id = s.indicator_id
join dimensions as d on d.dimension_id = i.dimension_id
left join indicator_values as v
    on v.report_id = s.report_id
    and v.indicator_id = s.indicator_id
    and v.value is not null
where s.report_id = $report_id
    and v.indicator_id is null
order by d.position, i.indicator_id
