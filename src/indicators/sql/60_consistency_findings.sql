-- The report's internal consistency: parts against totals (consistency_rules.csv) in every period
-- the total is stated, and stated percentages against the ones recomputed from their parts.
-- status is 'ok', the rule's severity ('warning', 'error') or 'not evaluated': a rule of which the
-- report states a part is never hidden. When the report states no total, or its parts lie in other
-- periods than the total (39 departments of 2015 against 8 adjusted in 2017), it is listed for the
-- report year with the reason. Details name the figures in the order the report writes them, integers without ".0".
-- A total is checked against parts of its own scope and variant only (a city government's own 142 cases are not the
-- sum of the whole city's outcomes). A sum_equals rule of which the report states only some parts cannot say the
-- parts fall short (the rest may hold the gap: 调解终止19件 has no metric): not evaluated, with the sums shown.
-- The stated percentages' findings are their own view (59_stated_consistency.sql), unioned in below.
create or replace view consistency_findings as
with rule_parts as (
    select
        rule_id,
        unnest(string_split(part_metric_ids, ' ')) as part_metric_id,
        generate_subscripts(string_split(part_metric_ids, ' '), 1) as part_index
    from consistency_rules
),

-- the metrics each rule reads: its total (position 0) and its parts (position in the rule's list; parts
-- quoted from one sentence, the same quote_start, keep the rule's order)
rule_metrics as (
    select rule_id, total_metric_id as metric_id, 0 as part_position
    from consistency_rules
    union all
    select
        rp.rule_id,
        rp.part_metric_id,
        list_position(string_split(r.part_metric_ids, ' '), rp.part_metric_id)
    from rule_parts as rp
    join consistency_rules as r on r.rule_id = rp.rule_id
),

-- each rule's part names, by position in its list
part_names as (
    select
        rp.rule_id,
        list(pm.name_zh order by rp.part_index) as names
    from rule_parts as rp
    left join metrics as pm on pm.metric_id = rp.part_metric_id
    group by rp.rule_id
),

-- one pass over the figures a rule reads, grouped by report, period and rule: the total and the parts
-- of one period meet in the aggregate, not in a join (a hash table of the 2.2 M part figures, probed by
-- every total and part, cost about 3 CPU s on the national benchmark corpus); numbers only in the
-- aggregate, the rule's words joined after it (carrying texts through it and string_agg's per-group
-- sort cost more again). A rule is evaluated where the report states its total and at least one part
-- of one scope; a period whose total and parts are all of other scopes is listed below (scope_mismatched).
-- not materialized, as the CTEs read twice below: a materialized CTE takes no filter, and one report's findings
-- aggregated every figure of the database (speed26: 0.4-0.8 s a report at national scale against 30-50 ms)
summed_by_scope as not materialized (
    select
        f.report_id,
        f.period,
        m.rule_id,
        coalesce(f.scope, '') || coalesce('（' || f.variant || '）', '') as scope,
        any_value(f.value) filter (where m.part_position = 0) as total,
        any_value(f.unit) filter (where m.part_position = 0) as total_unit,
        sum(f.value) filter (where m.part_position > 0) as parts_sum,
        count(f.value) filter (where m.part_position > 0) as parts_found,
        list({'at': f.quote_start, 'position': m.part_position, 'value': f.value})
            filter (where m.part_position > 0) as parts
    from figures as f
    join rule_metrics as m on m.metric_id = f.metric_id
    group by all
),

summed as (
    select * from summed_by_scope where total is not null and parts_found > 0
),

-- a period in which the report states the total and parts of a rule, but never of one scope (a city
-- government's own 142 cases beside the whole city's outcomes): not evaluated, for that period, with the scopes
scope_mismatched as (
    select
        report_id,
        period,
        rule_id,
        list_sort(list_distinct(list(coalesce(nullif(scope, ''), '全辖区 whole jurisdiction'))
            filter (where total is not null))) as total_scopes,
        list_sort(list_distinct(list(coalesce(nullif(scope, ''), '全辖区 whole jurisdiction'))
            filter (where parts_found > 0))) as part_scopes
    from summed_by_scope
    group by report_id, period, rule_id
    having bool_or(total is not null) and bool_or(parts_found > 0) and not bool_or(total is not null and parts_found > 0)
),

scope_findings as not materialized (
    select
        s.report_id,
        s.period,
        s.rule_id,
        c.description_zh,
        c.description_en,
        null::double as expected,
        null::double as observed,
        null::double as gap,
        'not evaluated' as status,
        '分项与总数范围不同 parts and total are of different scope（总数 total ' || array_to_string(s.total_scopes, '、')
            || '，分项 parts ' || array_to_string(s.part_scopes, '、') || '）' as detail
    from scope_mismatched as s
    join consistency_rules as c on c.rule_id = s.rule_id
),

part_sums as (
    select
        s.report_id,
        s.period,
        s.rule_id,
        s.scope,
        r.kind,
        s.parts_found < len(string_split(r.part_metric_ids, ' ')) as parts_incomplete,
        r.severity,
        r.description_zh,
        r.description_en,
        r.total_metric_id,
        s.total,
        s.total_unit,
        s.parts_sum,
        s.parts_found,
        -- the parts in the order the report writes them, then in the rule's order
        nullif(array_to_string(list_transform(list_sort(s.parts),
            lambda x: n.names[x.position] || ' ' || plain_number(x.value)), ' + '), '') as parts_shown
    from summed as s
    join consistency_rules as r on r.rule_id = s.rule_id
    join part_names as n on n.rule_id = s.rule_id
),

part_findings as not materialized (
    select
        s.report_id,
        s.period,
        s.rule_id,
        s.description_zh,
        s.description_en,
        s.total as expected,
        s.parts_sum as observed,
        s.total - s.parts_sum as gap,
        case
            when s.kind = 'sum_equals' and abs(s.total - s.parts_sum) < 1e-9 then 'ok'
            when s.kind = 'sum_equals' and s.parts_incomplete and s.parts_sum < s.total then 'not evaluated'
            when s.kind = 'at_most' and s.parts_sum <= s.total + 1e-9 then 'ok'
            else s.severity
        end as status,
        case when s.scope = '' then '' else '范围 scope：' || s.scope || '；' end
        || case
            when s.kind = 'sum_equals'
                then m.name_zh || ' ' || plain_number(s.total) || s.total_unit || '；' || s.parts_shown || ' = '
                    || plain_number(s.parts_sum)
                    || case when abs(s.total - s.parts_sum) < 1e-9 then '' else '（相差 ' || plain_number(s.total - s.parts_sum) || '）' end
                    || case when s.parts_incomplete and s.parts_sum < s.total
                        then '；报告未列出全部分项，差额可能在未列出的分项中 not every part is stated: the gap may lie in those not listed'
                        else '' end
            else s.parts_shown || ' ≤ ' || m.name_zh || ' ' || plain_number(s.total) || s.total_unit
        end as detail
    from part_sums as s
    join metrics as m on m.metric_id = s.total_metric_id
),

-- every rule of every report that states a part of it but that neither part_findings nor scope_findings
-- covers: the report states no total (it breaks down something it never totals), or the total and its parts
-- lie in other periods (39 departments of 2015 against 8 adjusted in 2017); listed with why. A rule of which the
-- report states no part has nothing to check and is not listed: most reports give totals without their
-- breakdowns, and with a vocabulary of breakdowns (by respondent, by kind of penalty ...) they would
-- otherwise list dozens of rules about things they never break down
unevaluated as (
    select
        r.report_id,
        r.report_year as period,
        c.rule_id,
        c.description_zh,
        c.description_en,
        null::double as expected,
        null::double as observed,
        null::double as gap,
        'not evaluated' as status,
        case
            when t.metric_id is null then '报告未提供总数 the report does not state the total'
            else '分项与总数不在同一期间 parts and total are of different periods（总数 total '
                || array_to_string(list_sort(list_distinct(list(t.period))), '、') || '，分项 parts '
                || array_to_string(list_sort(list_distinct(list(p.period))), '、') || '）'
        end as detail
    from reports as r
    cross join consistency_rules as c
    left join figures as t on t.report_id = r.report_id and t.metric_id = c.total_metric_id
    join figures as p
        on p.report_id = r.report_id
        and list_contains(string_split(c.part_metric_ids, ' '), p.metric_id)
    -- the rules part_findings covers, taken away by an anti join written as a left join: a filter on one
    -- report (the view is computed when read, read.derived) reaches this side too, where NOT EXISTS
    -- computed every report's findings (0.3-0.5 s a page read, against 20 ms)
    left join (
        select distinct report_id, rule_id from part_findings
        union select report_id, rule_id from scope_findings
    ) as covered
        on covered.report_id = r.report_id and covered.rule_id = c.rule_id
    where covered.rule_id is null
    group by r.report_id, r.report_year, c.rule_id, c.description_zh, c.description_en, t.metric_id
),

final as (
    select
        r.jurisdiction_code,
        f.report_id,
        r.report_year,
        f.period,
        f.rule_id,
        f.status,
        f.description_zh,
        f.description_en,
        f.expected,
        f.observed,
        f.gap,
        f.detail
    from (
        select * from part_findings
        union all select * from scope_findings
        union all select * from unevaluated
        union all select * from stated_consistency_findings
    ) as f
    join reports as r on r.report_id = f.report_id
)

select * from final
