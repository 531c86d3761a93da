-- Indicator values of the report $report_id in catalog order, with numerator, denominator and the
-- value the report states, for `indicators show`.
with final as (
    select
        v.jurisdiction_code,
        v.jurisdiction_name,
        v.report_year as year,
        v.indicator_id,
        v.name_zh,
        v.name_en,
        v.dimension_id,
        v.numerator,
        v.denominator,
        v.value,
        v.unit,
        v.stated_value,
        v.stated_difference,
        reason_text(v.reason) as reason,
        d.position
    from indicator_values as v
    join dimensions as d on d.dimension_id = v.dimension_id
    where v.report_id = $report_id
)

select * exclude (position) from final
order by position, indicator_id
