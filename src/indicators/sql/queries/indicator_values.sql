-- Indicator values of the report $report_id in catalog order, with numerator, denominator and the
-- value the report states, for `indicators show`.
with final as (
    select
        v.jurisdiction_code,
        j.name_zh as jurisdiction_name,
        v.report_year as year,
        v.indicator_id,
        i.name_zh,
        i.name_en,
        i.dimension_id,
        v.numerator,
        v.denominator,
        v.value,
        v.unit,
        v.stated_value,
        v.stated_difference,
        v.reason,
        d.position
    from indicator_values as v
    join indicators as i on i.indicator_id = v.indicator_id
    join jurisdictions as j on j.jurisdiction_code = v.jurisdiction_code
    join dimensions as d on d.dimension_id = i.dimension_id
    where v.report_id = $report_id
)

select * exclude (position) from final
order by position, indicator_id
