-- One report's consistency findings ($report_id) with what a sentence needs: the total's name and
-- unit (审核的规范性文件 221份 against four outcomes summing to 216), the rule's kind and the gap;
-- rules not evaluated too, so that a summary never calls an unchecked report consistent.
with final as (
    select
        c.rule_id,
        c.status,
        c.period,
        c.description_zh,
        r.kind,
        coalesce(m.name_zh, i.name_zh) as total_name_zh,
        coalesce(m.unit, i.unit, '') as unit,
        c.expected,
        c.observed,
        c.gap,
        c.detail
    from consistency_findings as c
    left join consistency_rules as r on r.rule_id = c.rule_id
    left join metrics as m on m.metric_id = r.total_metric_id
    left join indicators as i on c.rule_id = 'stated_' || i.indicator_id
    where c.report_id = $report_id
)

select * from final
-- a rule can hold in several periods: the order is total, so that a page never depends on how rows were stored
order by rule_id, period
