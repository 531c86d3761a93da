-- The figures of one report ($report_id) behind a share of $metric_id it could not compute: the counts of a
-- numerator and the shares the report states itself (零跑动事项 1081项, 零跑动比例（报告所述） 99.91%) of an
-- indicator over $metric_id whose value is missing, for a page that names what the report gives instead of
-- saying it states no share (鹿寨县 2025, trial 28). value_text as the report writes it (bound sign kept).
with unmade as (
    select v.indicator_id
    from indicator_values as v
    where v.report_id = $report_id
        and v.indicator_id in (select indicator_id from indicators_over($metric_id))
    group by v.indicator_id
    having bool_and(v.value is null)
),

behind as (
    select t.metric_id, i.indicator_id
    from indicator_terms as t
    join unmade as i on i.indicator_id = t.indicator_id
    where t.part = 'numerator'
    union
    select s.stated_metric_id as metric_id, i.indicator_id
    from indicators as s
    join unmade as i on i.indicator_id = s.indicator_id
    where s.stated_metric_id is not null
),

final as (
    select distinct
        f.row_number,
        m.name_zh,
        bound_sign(f.qualifier)
        || coalesce(f.written, if(f.value = round(f.value, 2), plain_number(f.value), f.value_text) || f.unit)
            as value_text,
        d.name_zh as denominator_name_zh
    from behind as b
    join reports as r on r.report_id = $report_id
    join figures as f on f.report_id = r.report_id and f.metric_id = b.metric_id and f.period = r.report_year
    join metrics as m on m.metric_id = f.metric_id
    join metrics as d on d.metric_id = $metric_id
)

select name_zh, value_text, denominator_name_zh
from final
order by row_number
