-- The parts of one sum or bound rule of consistency_rules.csv ($rule_id) in one report
-- ($report_id, report year): each part's figure and its share of the rule's total, for charts of
-- how a total splits (service items into 许可/公共服务, reviewed documents by outcome); value_text is the part
-- as the report writes it (bound sign kept), for a page that names the parts of a total the report omits.
with rule as (
    select
        r.rule_id,
        r.total_metric_id,
        p.part_metric_id,
        p.position
    from consistency_rules as r,
        unnest(string_split(r.part_metric_ids, ' ')) with ordinality as p(part_metric_id, position)
    where r.rule_id = $rule_id
),

final as (
    select
        rule.position,
        rule.part_metric_id as metric_id,
        m.name_zh,
        m.name_en,
        part.value,
        part.unit,
        bound_sign(part.qualifier)
        || coalesce(part.written, if(part.value = round(part.value, 2), plain_number(part.value), part.value_text) || part.unit)
            as value_text,
        total.value as total,
        tm.name_zh as total_name_zh,
        -- percent of the total
        100.0 * part.value / nullif(total.value, 0) as share,
        part.quote
    from rule
    join reports as r on r.report_id = $report_id
    join figures as part
        on part.report_id = r.report_id
        and part.metric_id = rule.part_metric_id
        and part.period = r.report_year
    join metrics as m on m.metric_id = rule.part_metric_id
    left join figures as total
        on total.report_id = r.report_id
        and total.metric_id = rule.total_metric_id
        and total.period = r.report_year
    left join metrics as tm on tm.metric_id = rule.total_metric_id
    order by rule.position
)

select * from final
