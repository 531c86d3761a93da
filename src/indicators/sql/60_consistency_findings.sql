-- The report's internal consistency: parts against totals (consistency_rules.csv) in every period
-- the total is stated, and stated percentages against the ones recomputed from their parts.
-- status is 'ok' or the rule's severity ('warning', 'error').
create or replace view consistency_findings as
with rule_parts as (
    select
        r.*,
        p.part_metric_id
    from consistency_rules as r,
        unnest(string_split(r.part_metric_ids, ' ')) as p(part_metric_id)
),

totals as (
    select
        rp.rule_id,
        rp.kind,
        rp.severity,
        rp.description_zh,
        rp.description_en,
        rp.total_metric_id,
        rp.part_metric_id,
        t.report_id,
        t.period,
        t.value as total,
        p.value as part_value
    from rule_parts as rp
    join figures as t on t.metric_id = rp.total_metric_id
    left join figures as p
        on p.report_id = t.report_id
        and p.metric_id = rp.part_metric_id
        and p.period = t.period
),

part_sums as (
    select
        report_id,
        period,
        rule_id,
        any_value(kind) as kind,
        any_value(severity) as severity,
        any_value(description_zh) as description_zh,
        any_value(description_en) as description_en,
        any_value(total_metric_id) as total_metric_id,
        any_value(total) as total,
        sum(part_value) as parts_sum,
        count(part_value) as parts_found,
        string_agg(part_value::varchar, ' + ' order by part_metric_id) filter (where part_value is not null) as parts_shown
    from totals
    group by report_id, period, rule_id
    having count(part_value) > 0
),

part_findings as (
    select
        report_id,
        period,
        rule_id,
        description_zh,
        description_en,
        total as expected,
        parts_sum as observed,
        total - parts_sum as gap,
        case
            when kind = 'sum_equals' and abs(total - parts_sum) < 1e-9 then 'ok'
            when kind = 'at_most' and parts_sum <= total + 1e-9 then 'ok'
            else severity
        end as status,
        case
            when kind = 'sum_equals'
                then total_metric_id || ' = ' || total || '; parts ' || parts_shown || ' = ' || parts_sum
                    || case when abs(total - parts_sum) < 1e-9 then '' else ' (gap ' || (total - parts_sum) || ')' end
            else parts_shown || ' ≤ ' || total_metric_id || ' ' || total
        end as detail
    from part_sums
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
        case when abs(v.stated_difference) <= v.stated_tolerance + 1e-9 then 'ok' else 'error' end as status,
        'stated ' || v.stated_value || v.unit || ', recomputed ' || round(v.value, 4) || v.unit
            || ' from ' || v.numerator || ' / ' || v.denominator as detail
    from indicator_values as v
    where v.stated_value is not null and v.value is not null
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
    from (select * from part_findings union all select * from stated_findings) as f
    join reports as r on r.report_id = f.report_id
)

select * from final
