-- Every figure and indicator of one jurisdiction present in both a base period and a period
-- ($jurisdiction, $base_period, $period), with absolute and relative change and a direction judged
-- from the catalog's higher_is_better. Unlike the figure_changes view (each period against the
-- previous one), any two periods can be paired. Before/after pairs (a metric against its catalog
-- baseline metric in the same period, e.g. start-up days after vs before a reform) come in for $period.
-- Changes of percentage indicators are in percentage points; relative_change is a fraction.
-- A pair of figures is comparable only when both have the same scope (whole jurisdiction, or the
-- same named unit: the city's 93 officers of 2016 against one bureau's 6 of 2017 are not a change)
-- and the same variant (a figure counted as 网上可办 is not one counted as 网上全流程办理);
-- a pair that is not comes with `comparable` false and the reason, so the page lists it apart.
with figure_pairs as (
    select
        'figure' as measure_kind,
        'year_on_year' as comparison,
        a.metric_id as measure_id,
        b.period as base_period,
        a.period,
        b.value as base_value,
        a.value,
        a.unit,
        b.quote as base_quote,
        a.quote,
        b.scope as base_scope,
        a.scope,
        b.variant as base_variant,
        a.variant,
        b.qualifier as base_qualifier,
        a.qualifier
    from metric_values as a
    join metric_values as b
        on b.jurisdiction_code = a.jurisdiction_code
        and b.metric_id = a.metric_id
    where a.jurisdiction_code = $jurisdiction
        and a.period = $period
        and b.period = $base_period
        and $base_period <> $period
),

indicator_pairs as (
    select
        'indicator' as measure_kind,
        'year_on_year' as comparison,
        a.indicator_id as measure_id,
        b.report_year as base_period,
        a.report_year as period,
        b.value as base_value,
        a.value,
        a.unit,
        null as base_quote,
        null as quote,
        null as base_scope,
        null as scope,
        null as base_variant,
        null as variant,
        case when b.inputs_qualified then 'from_bounds' end as base_qualifier,
        case when a.inputs_qualified then 'from_bounds' end as qualifier
    from indicator_values as a
    join indicator_values as b
        on b.jurisdiction_code = a.jurisdiction_code
        and b.indicator_id = a.indicator_id
    where a.jurisdiction_code = $jurisdiction
        and a.report_year = $period
        and b.report_year = $base_period
        and $base_period <> $period
        and a.value is not null
        and b.value is not null
),

pairs as (
    select * from figure_pairs
    union all
    select * from indicator_pairs
),

judged as (
    select
        p.measure_kind,
        p.comparison,
        p.measure_id,
        c.name_zh,
        c.name_en,
        p.base_period,
        p.period,
        p.base_value,
        p.value,
        p.unit,
        -- in the unit of the measure (percentage points for %)
        p.value - p.base_value as change,
        relative_change(p.value, p.base_value) as relative_change,
        c.higher_is_better,
        change_direction(p.value, p.base_value, c.higher_is_better) as direction,
        p.base_quote,
        p.quote,
        p.base_qualifier,
        p.qualifier,
        p.base_scope is not distinct from p.scope and p.base_variant is not distinct from p.variant as comparable,
        nullif(concat_ws('；',
            case when p.base_scope is distinct from p.scope then
                '范围不同 different scope：' || coalesce(p.base_scope, '全辖区') || ' / ' || coalesce(p.scope, '全辖区')
            end,
            case when p.base_variant is distinct from p.variant then
                '口径不同 different variant：' || coalesce(p.base_variant, '目录口径') || ' / ' || coalesce(p.variant, '目录口径')
            end
        ), '') as not_comparable_reason
    from pairs as p
    -- a figure is the value of a metric
    left join measures as c
        on c.measure_kind = if(p.measure_kind = 'figure', 'metric', p.measure_kind)
        and c.measure_id = p.measure_id
),

-- before/after pairs of $period, as the figure_changes view already judges them
before_after as (
    select
        'figure' as measure_kind,
        c.comparison,
        c.metric_id as measure_id,
        c.name_zh,
        c.name_en,
        c.base_period,
        c.period,
        c.base_value,
        c.value,
        c.unit,
        c.change,
        c.relative_change,
        c.higher_is_better,
        c.direction,
        c.base_quote,
        c.quote,
        bv.qualifier as base_qualifier,
        av.qualifier,
        true as comparable,
        null as not_comparable_reason
    from figure_changes as c
    join metrics as m on m.metric_id = c.metric_id
    left join metric_values as av
        on av.jurisdiction_code = c.jurisdiction_code and av.metric_id = c.metric_id and av.period = c.period
    left join metric_values as bv
        on bv.jurisdiction_code = c.jurisdiction_code and bv.metric_id = m.baseline_metric_id and bv.period = c.period
    where c.comparison = 'before_after'
        and c.jurisdiction_code = $jurisdiction
        and c.period = $period
),

final as (
    select * from judged
    union all
    select * from before_after
)

select * from final
order by measure_kind, comparison, measure_id
