-- The report's internal consistency: parts against totals (consistency_rules.csv) in every period
-- the total is stated, and stated percentages against the ones recomputed from their parts.
-- status is 'ok', the rule's severity ('warning', 'error') or 'not evaluated': a rule of which the
-- report states a part is never hidden. When the report states no total, or its parts lie in other
-- periods than the total (39 departments of 2015 against 8 adjusted in 2017), it is listed for the
-- report year with the reason. Details name the figures in the order the report writes them, integers without ".0".
-- Computed when read (read/derived.py: ON_READ): pages read one report or jurisdiction, and a filter on
-- report_id, jurisdiction_code or report_year reaches every figure scan below, since each branch carries
-- those columns from its own join with `reports` (no branch reads the findings of every report).
create or replace view consistency_findings as
with rule_parts as not materialized (
    select
        rule_id,
        unnest(string_split(part_metric_ids, ' ')) as part_metric_id,
        generate_subscripts(string_split(part_metric_ids, ' '), 1) as part_index
    from consistency_rules
),

-- the metrics each rule reads: its total (position 0) and its parts (position in the rule's list; parts
-- quoted from one sentence, the same quote_start, keep the rule's order)
rule_metrics as not materialized (
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
part_names as not materialized (
    select
        rp.rule_id,
        list(pm.name_zh order by rp.part_index) as names
    from rule_parts as rp
    left join metrics as pm on pm.metric_id = rp.part_metric_id
    group by rp.rule_id
),

-- every figure some rule reads, with its report's jurisdiction and year
rule_figures as not materialized (
    select
        r.jurisdiction_code,
        r.report_year,
        f.report_id,
        f.period,
        f.metric_id,
        f.value,
        f.quote_start,
        m.rule_id,
        m.part_position
    from figures as f
    join reports as r on r.report_id = f.report_id
    join rule_metrics as m on m.metric_id = f.metric_id
),

-- one pass over the figures a rule reads, grouped by report, period and rule: the total and the parts
-- of one period meet in the aggregate, not in a join (a hash table of the 2.2 M part figures, probed by
-- every total and part, cost about 3 CPU s on the national benchmark corpus); numbers only in the
-- aggregate, the rule's words joined after it (carrying texts through it and string_agg's per-group
-- sort cost more again). A rule is evaluated where the report states its total and at least one part.
summed as not materialized (
    select
        jurisdiction_code,
        report_year,
        report_id,
        period,
        rule_id,
        any_value(value) filter (where part_position = 0) as total,
        sum(value) filter (where part_position > 0) as parts_sum,
        count(value) filter (where part_position > 0) as parts_found,
        list({'at': quote_start, 'position': part_position, 'value': value})
            filter (where part_position > 0) as parts
    from rule_figures
    group by jurisdiction_code, report_year, report_id, period, rule_id
    having count(*) filter (where part_position = 0) > 0 and count(*) filter (where part_position > 0) > 0
),

part_sums as not materialized (
    select
        s.jurisdiction_code,
        s.report_year,
        s.report_id,
        s.period,
        s.rule_id,
        r.kind,
        r.severity,
        r.description_zh,
        r.description_en,
        r.total_metric_id,
        s.total,
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
        s.jurisdiction_code,
        s.report_id,
        s.report_year,
        s.period,
        s.rule_id,
        case
            when s.kind = 'sum_equals' and abs(s.total - s.parts_sum) < 1e-9 then 'ok'
            when s.kind = 'at_most' and s.parts_sum <= s.total + 1e-9 then 'ok'
            else s.severity
        end as status,
        s.description_zh,
        s.description_en,
        s.total as expected,
        s.parts_sum as observed,
        s.total - s.parts_sum as gap,
        case
            when s.kind = 'sum_equals'
                then m.name_zh || ' ' || plain_number(s.total) || m.unit || '；' || s.parts_shown || ' = '
                    || plain_number(s.parts_sum)
                    || case when abs(s.total - s.parts_sum) < 1e-9 then '' else '（相差 ' || plain_number(s.total - s.parts_sum) || '）' end
            else s.parts_shown || ' ≤ ' || m.name_zh || ' ' || plain_number(s.total) || m.unit
        end as detail
    from part_sums as s
    join metrics as m on m.metric_id = s.total_metric_id
),

-- the (report, rule) pairs a report states some figure of but never a total and a part of in one period,
-- with the periods of the total: an inner join carries a filter on the report to these figures too
-- (an anti join against `summed` computed every report's)
unchecked as not materialized (
    select
        jurisdiction_code,
        report_id,
        rule_id,
        list(period) filter (where has_total) as total_periods
    from (
        select
            jurisdiction_code,
            report_id,
            rule_id,
            period,
            bool_or(part_position = 0) as has_total,
            bool_or(part_position > 0) as has_part
        from rule_figures
        group by jurisdiction_code, report_id, rule_id, period
    )
    group by jurisdiction_code, report_id, rule_id
    having not bool_or(has_total and has_part)
),

-- every rule of every report that states a part of it but that part_findings does not cover: the
-- report states no total (it breaks down something it never totals), or the total and its parts lie in
-- other periods (39 departments of 2015 against 8 adjusted in 2017); listed with why, one row per part
-- metric the report states. A rule of which the report states no part has nothing to check and is not
-- listed: most reports give totals without their breakdowns, and with a vocabulary of breakdowns (by
-- respondent, by kind of penalty ...) they would otherwise list dozens of rules about things they never
-- break down
unevaluated as not materialized (
    select
        p.jurisdiction_code,
        p.report_id,
        p.report_year,
        p.report_year as period,
        p.rule_id,
        'not evaluated' as status,
        c.description_zh,
        c.description_en,
        null::double as expected,
        null::double as observed,
        null::double as gap,
        case
            when len(coalesce(u.total_periods, [])) = 0 then '报告未提供总数 the report does not state the total'
            else '分项与总数不在同一期间 parts and total are of different periods（总数 total '
                || array_to_string(list_sort(u.total_periods), '、') || '，分项 parts '
                || array_to_string(list_sort(p.periods), '、') || '）'
        end as detail
    from (
        select jurisdiction_code, report_year, report_id, rule_id, metric_id, list_distinct(list(period)) as periods
        from rule_figures
        where part_position > 0
        group by jurisdiction_code, report_year, report_id, rule_id, metric_id
    ) as p
    join unchecked as u on u.jurisdiction_code = p.jurisdiction_code and u.report_id = p.report_id and u.rule_id = p.rule_id
    join consistency_rules as c on c.rule_id = p.rule_id
),

stated_findings as not materialized (
    select
        v.jurisdiction_code,
        v.report_id,
        v.report_year,
        v.report_year as period,
        'stated_' || v.indicator_id as rule_id,
        case
            when v.value is null then 'not evaluated'
            when abs(v.stated_difference) <= v.stated_tolerance + 1e-9 then 'ok'
            else 'error'
        end as status,
        '报告所述' || v.name_zh || '与重新计算值一致' as description_zh,
        'The stated ' || v.name_en || ' matches the recomputed value' as description_en,
        v.stated_value as expected,
        round(v.value, 4) as observed,
        round(v.stated_difference, 4) as gap,
        case
            when v.value is null then '报告所述 stated ' || plain_number(v.stated_value) || v.unit || '；无法重新计算 cannot be recomputed：'
                || coalesce(v.reason, '')
            else '报告所述 stated ' || plain_number(v.stated_value) || v.unit || '，重新计算 recomputed '
                || cast(round(v.value, 4) as varchar) || v.unit || ' = ' || plain_number(v.numerator) || ' / '
                || plain_number(v.denominator)
        end as detail
    from indicator_values as v
    where v.stated_value is not null
),

final as (
    select * from part_findings
    union all
    select * from unevaluated
    union all
    select * from stated_findings
)

select * from final
