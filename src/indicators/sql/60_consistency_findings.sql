-- The report's internal consistency: parts against totals (consistency_rules.csv) in every period
-- the total is stated, and stated percentages against the ones recomputed from their parts.
-- status is 'ok', the rule's severity ('warning', 'error') or 'not evaluated': a rule of which the
-- report states a part is never hidden. When the report states no total, or its parts lie in other
-- periods than the total (39 departments of 2015 against 8 adjusted in 2017), it is listed for the
-- report year with the reason. Details name the figures in the order the report writes them, integers without ".0".
create or replace view consistency_findings as
with rule_parts as (
    select
        r.*,
        p.part_metric_id
    from consistency_rules as r,
        unnest(string_split(r.part_metric_ids, ' ')) as p(part_metric_id)
),

-- the figures of metrics some rule names as a part: the join's hash table holds these, not every figure
part_figures as (
    select f.report_id, f.metric_id, f.period, f.value, f.quote_start
    from figures as f
    semi join rule_parts as rp on rp.part_metric_id = f.metric_id
),

totals as (
    select
        rp.rule_id,
        t.report_id,
        t.period,
        t.value as total,
        p.value as part_value,
        p.quote_start as part_at,
        -- parts quoted from one sentence (the same part_at) keep the rule's order
        list_position(string_split(rp.part_metric_ids, ' '), rp.part_metric_id) as part_position,
        pm.name_zh as part_name
    from rule_parts as rp
    join figures as t on t.metric_id = rp.total_metric_id
    left join part_figures as p
        on p.report_id = t.report_id
        and p.metric_id = rp.part_metric_id
        and p.period = t.period
    left join metrics as pm on pm.metric_id = rp.part_metric_id
),

-- numbers only in the aggregate, the rule's words joined after it: carrying four texts through a hash
-- aggregate of 2.3 M rows and string_agg's per-group sort cost 4.6-4.8 CPU s on the national benchmark
-- corpus, this 3.7-4.0
summed as (
    select
        report_id,
        period,
        rule_id,
        any_value(total) as total,
        sum(part_value) as parts_sum,
        count(part_value) as parts_found,
        list({'at': part_at, 'position': part_position, 'shown': part_name || ' ' || plain_number(part_value)})
            filter (where part_value is not null) as parts
    from totals
    group by report_id, period, rule_id
    having count(part_value) > 0
),

part_sums as (
    select
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
        nullif(array_to_string(list_transform(list_sort(s.parts), lambda x: x.shown), ' + '), '') as parts_shown
    from summed as s
    join consistency_rules as r on r.rule_id = s.rule_id
),

part_findings as (
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
            when s.kind = 'at_most' and s.parts_sum <= s.total + 1e-9 then 'ok'
            else s.severity
        end as status,
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

-- every rule of every report that states a part of it but that part_findings does not cover: the
-- report states no total (it breaks down something it never totals), or the total and its parts lie in
-- other periods (39 departments of 2015 against 8 adjusted in 2017); listed with why. A rule of which the
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
    where not exists (select 1 from part_findings as f where f.report_id = r.report_id and f.rule_id = c.rule_id)
    group by r.report_id, r.report_year, c.rule_id, c.description_zh, c.description_en, t.metric_id, p.metric_id
),

stated_findings as (
    select
        v.report_id,
        v.report_year as period,
        'stated_' || v.indicator_id as rule_id,
        '报告所述' || v.name_zh || '与重新计算值一致' as description_zh,
        'The stated ' || v.name_en || ' matches the recomputed value' as description_en,
        v.stated_value as expected,
        round(v.value, 4) as observed,
        round(v.stated_difference, 4) as gap,
        case
            when v.value is null then 'not evaluated'
            when abs(v.stated_difference) <= v.stated_tolerance + 1e-9 then 'ok'
            else 'error'
        end as status,
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
        union all select * from unevaluated
        union all select * from stated_findings
    ) as f
    join reports as r on r.report_id = f.report_id
)

select * from final
