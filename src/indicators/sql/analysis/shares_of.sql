-- Indicators of one report ($report_id) whose denominator is one metric ($metric_id), e.g. every
-- share of licensing items (online, at most one visit, zero visits): numerator, denominator, percent.
with final as (
    select
        v.indicator_id,
        v.name_zh,
        v.name_en,
        v.numerator,
        v.denominator,
        v.value,
        v.unit,
        m.name_zh as denominator_name_zh,
        m.unit as count_unit
    from indicator_values as v
    join indicators_over($metric_id) as o
        on o.indicator_id = v.indicator_id and o.alternative = v.denominator_alternative
    join metrics as m on m.metric_id = $metric_id
    where v.report_id = $report_id
        and v.value is not null
    order by v.value desc
)

select * from final
