-- The indicators of one report ($report_id) with the figures behind each value and the verbatim
-- sentences they were taken from, so every number on screen can be traced back to the report.
-- A term uses this report's figure for the report year or its latest earlier one, exactly as
-- indicator_values does: never metric_values, where a later report restating a figure wins, so
-- the quotes shown beside a value are always the figures it was computed from.
with terms as (
    select
        v.indicator_id,
        t.part,
        t.metric_id,
        m.name_zh as metric_name_zh,
        f.value,
        f.qualifier,
        f.unit,
        f.period,
        f.quote,
        f.quote_start
    from indicator_values as v
    join indicator_terms as t
        on t.indicator_id = v.indicator_id
        and t.alternative = if(t.part = 'numerator', v.numerator_alternative, v.denominator_alternative)
    join metrics as m on m.metric_id = t.metric_id
    join figures as f
        on f.report_id = v.report_id
        and f.metric_id = t.metric_id
        and f.period <= v.report_year
    where v.report_id = $report_id
    qualify row_number() over (partition by v.indicator_id, t.metric_id order by f.period desc) = 1
),

quotes as (
    -- each sentence once, in the order of the report text
    select
        indicator_id,
        string_agg('「' || quote || '」', ' ' order by quote_start) as quotes
    from (select distinct indicator_id, quote, quote_start from terms)
    group by indicator_id
),

sources as (
    select
        indicator_id,
        -- a bound keeps its sign: 开办企业全流程时限（改革后） ≤ 7个工作日（2017）
        string_agg(metric_name_zh || ' ' || number_text(value, qualifier) || unit || '（' || period::varchar || '）', '；'
            order by part desc, metric_id) as figures
    from terms
    group by indicator_id
),

-- the rate the report states of an indicator, of the report year: its value where indicators.csv links no stated metric
-- (stated_rates, by the catalog's `<indicator>_stated` name, as target_gap reads it, the whole jurisdiction's): 通州区
-- 2019 (qa36) states 直接纠错率达13%, and the page showed its computed 15.34% beside 报告所述值 —, as if it stated none;
-- shown only, as a linked stated metric is also checked against the value (consistency_findings), this one not. And
-- the stated figure's qualifier, linked (stated_figures, as indicator_values reads its value) or not: 达80%以上 reads
-- ≥ 80 beside the recomputed 86.27, not 80 (qa38). One row per indicator: a stated metric is linked or it is not
stated as (
    select indicator_id, stated_value as unlinked_value, stated_qualifier
    from stated_rates
    where report_id = $report_id and not linked
    union all by name
    select indicator_id, stated_qualifier
    from stated_figures
    where report_id = $report_id
),

final as (
    select
        v.indicator_id,
        v.name_zh,
        v.name_en,
        v.value,
        -- "≈ 75" where an input is a bound or approximate (约400项, 300多项): never shown as exact
        number_text(v.value, case when v.inputs_qualified then 'from_bounds' end) as value_text,
        v.unit,
        v.numerator,
        v.denominator,
        coalesce(v.stated_value, st.unlinked_value) as stated_value,
        -- the stated value as the page writes it, a bound with its sign
        number_text(coalesce(v.stated_value, st.unlinked_value), st.stated_qualifier) as stated_text,
        v.reason,
        -- the years of the figures it was computed from: a term without a figure of the report year takes
        -- its latest earlier one, so a value may divide one year's figure by another's
        v.first_period,
        v.last_period,
        s.figures,
        q.quotes
    from indicator_values as v
    join dimensions as d on d.dimension_id = v.dimension_id
    left join sources as s on s.indicator_id = v.indicator_id
    left join quotes as q on q.indicator_id = v.indicator_id
    left join stated as st on st.indicator_id = v.indicator_id
    where v.report_id = $report_id
    order by d.position, v.indicator_id
)

select * from final
