-- The indicators one report ($report_id) states figures of only for a body below the jurisdiction (a `scope`:
-- 县政务服务中心, 市水务局), with the body and those figures: such figures feed no indicator (30_indicator_values.sql),
-- so the indicator has no row of this report in indicator_values, and the profile said 报告未提供计算任何指标所需的数字
-- of a report that wrote 县政务服务中心进驻行政许可事项200项，其中网上全流程办理事项150项 (qa44). Figures of the report
-- year or earlier, as a term reads them; an indicator with a row (a value, or a figure of the whole jurisdiction
-- and a reason) is the rest of the section's and not listed here.
with scoped as (
    select
        t.indicator_id,
        f.scope,
        m.name_zh || ' ' || number_text(f.value, f.qualifier) || f.unit as figure,
        f.quote_start
    from figures as f
    join reports as r on r.report_id = f.report_id
    join indicator_terms as t on t.metric_id = f.metric_id
    join metrics as m on m.metric_id = f.metric_id
    where f.report_id = $report_id
        and f.scope is not null
        and f.period <= r.report_year
),

final as (
    select
        i.indicator_id,
        i.name_zh,
        i.name_en,
        string_agg(distinct s.scope, '、' order by s.scope) as scopes,
        string_agg(distinct s.figure, '、' order by s.figure) as figures,
        d.position
    from scoped as s
    join indicators as i on i.indicator_id = s.indicator_id
    join dimensions as d on d.dimension_id = i.dimension_id
    left join indicator_values as v on v.report_id = $report_id and v.indicator_id = s.indicator_id
    where v.indicator_id is null
    group by i.indicator_id, i.name_zh, i.name_en, d.position
)

select indicator_id, name_zh, name_en, scopes, figures
from final
order by position, indicator_id
