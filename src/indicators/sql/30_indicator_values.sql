-- Indicator values of every report. Numerator and denominator are signed sums of metric terms (indicator_terms.csv),
-- each the report's figure for its year or, for a stock (indicator_terms.earlier_year), its latest earlier one (the
-- 2015 power list is the base of 2017's adjustments); a count of the year's events is the report year's or missing (a
-- 2006 correction rate is not 2005's revoked cases over 2006's cases). A value is NULL, with a reason, when a required
-- figure is missing, the denominator is zero or a percentage's numerator exceeds its denominator (they count different
-- things). A part's figures (a `scope`) take no part: an indicator is the jurisdiction's, as stated_rates reads a
-- stated rate (32_stated_figures.sql). Of a part's alternatives (indicator_terms.alternative 2, 3) the first whose
-- required figures are all stated (a denominator not zero) is taken: a report stating 审结 and 纠错 but not 撤销 or 正在审查
-- gets its correction rate over the cases concluded; with none complete, the first with a figure gives the reason.
create or replace view indicator_values as
-- reports, indicators and metrics are keyed by integers through the CTEs (a report's rowid, an indicator's rowid, a
-- metric's rank among the terms'): the hash joins and aggregates over 1.3 M term rows compare and hash numbers, not
-- ids such as 'reconsideration_correction_rate'; the ids are joined back in final
with terms as (
    select
        t.*,
        i.rowid as indicator_key,
        dense_rank() over (order by t.metric_id) as metric_key
    from indicator_terms as t
    join indicators as i on i.indicator_id = t.indicator_id
),

term_metrics as (
    select distinct metric_id, metric_key
    from terms
),

-- each report's latest figure of each metric an indicator uses, for the report year or earlier: one hash
-- aggregate over the figures of those metrics (not an ASOF join of every report × term)
latest_figures as (
    select
        r.rowid as report_key,
        t.metric_key,
        max(f.period) as period,
        arg_max_null(f.value, f.period) as value,
        arg_max_null(f.qualifier, f.period) as qualifier
    from figures as f
    join reports as r on r.report_id = f.report_id
    join term_metrics as t on t.metric_id = f.metric_id
    -- the jurisdiction's figures only: a body's (市行政服务中心's 1000 items, a `scope`) made 德庆县's rate, judged and ranked
    where f.period <= r.report_year
        and f.scope is null
    group by all
),

-- each report's stated value of an indicator (its stated metric's figure of the report year); its quote and tolerance
-- are read where shown (stated_figures): reading 162,450 quotes here decompressed every figure's (speed25, speed26)
stated as (
    select
        r.rowid as report_key,
        i.rowid as indicator_key,
        f.value as stated_value
    from figures as f
    join reports as r on r.report_id = f.report_id
    join indicators as i on i.stated_metric_id = f.metric_id
    where f.period = r.report_year
        and f.scope is null
),

-- keyed by report alone, jurisdiction and year joined once in final: this table (read three times, materialized)
-- and its aggregates hash two keys, not four
term_figures as (
    select
        r.rowid as report_key,
        t.indicator_key,
        t.part,
        t.metric_id,
        t.sign,
        t.required,
        t.alternative,
        f.value,
        f.period,
        f.qualifier,
        null::double as stated_value
    from reports as r
    cross join terms as t
    left join latest_figures as f
        on f.report_key = r.rowid
        and f.metric_key = t.metric_key
        and (t.earlier_year or f.period = r.report_year)
    -- stated values join the aggregate as rows of their own (no term, no value): a hash join after it built its
    -- table on the 427,500 parts, not on the 85,500 stated rows (speed15)
    union all
    select
        report_key,
        indicator_key,
        null as part,
        null as metric_id,
        null as sign,
        null as required,
        null as alternative,
        null as value,
        null as period,
        null as qualifier,
        stated_value
    from stated
),

-- indicators with alternatives take the selection below; the others (most) the one aggregation of
-- plain_parts: the selection's three aggregations over every indicator cost ~0.6 s at national scale
with_alternatives as (
    select distinct indicator_key
    from terms
    where alternative > 1
),

plain_parts as (
    select
        report_key,
        indicator_key,
        -- a part lacking a required figure has no sum (黑龙江省 2020's start-up cut: not -3, the missing before less 3)
        if(bool_or(value is null and required) filter (where part = 'numerator'), null,
            sum(sign * value) filter (where part = 'numerator')) as numerator,
        if(bool_or(value is null and required) filter (where part = 'denominator'), null,
            sum(sign * value) filter (where part = 'denominator')) as denominator,
        count(value) as figures_found,
        list(metric_id order by metric_id) filter (where value is null and required) as missing,
        bool_or(qualifier is not null) as inputs_qualified,
        min(period) as first_period,
        max(period) as last_period,
        1 as numerator_alternative,
        1 as denominator_alternative,
        -- a report states an indicator's metric once for its year: one stated row per group at most
        any_value(stated_value) as stated_value
    from term_figures
    anti join with_alternatives as w on w.indicator_key = term_figures.indicator_key
    group by report_key, indicator_key
),

-- each part of each report's indicator, per alternative
alternative_sums as (
    select
        report_key,
        indicator_key,
        part,
        alternative,
        if(bool_or(value is null and required), null, sum(sign * value)) as total,
        count(value) as figures_found,
        list(metric_id order by metric_id) filter (where value is null and required) as missing,
        count(*) filter (where value is null and not required) as optional_missing,
        bool_or(qualifier is not null) as inputs_qualified,
        min(period) as first_period,
        max(period) as last_period
    from term_figures
    semi join with_alternatives as w on w.indicator_key = term_figures.indicator_key
    where part is not null
    group by all
),

-- a numerator's parts listed in part (撤销48 + 确认违法150 + 责令履行10, no 变更) short of the report's total (直接纠错236件,
-- an alternative missing no term) give way to it: 通州区 2023 read 21.29% (qa33)
fuller_alternatives as (
    select
        *,
        max(case when part = 'numerator' and missing is null and optional_missing = 0 then total end)
            over (partition by report_key, indicator_key, part) as listed_total
    from alternative_sums
),

-- one alternative per part: complete first, then one not short of a listed total, then one with a figure, then the
-- catalog's order
chosen_parts as (
    select
        report_key,
        indicator_key,
        part,
        arg_min(
            {'alternative': alternative, 'total': total, 'figures_found': figures_found, 'missing': missing,
             'inputs_qualified': inputs_qualified, 'first_period': first_period, 'last_period': last_period},
            10000 * (len(coalesce(missing, [])) > 0 or (part = 'denominator' and coalesce(total, 0) = 0))::integer
                + 1000 * coalesce(optional_missing > 0 and listed_total > total, false)::integer
                + 100 * (figures_found = 0)::integer + alternative
        ) as taken
    from fuller_alternatives
    group by all
),

parts as (
    select
        report_key,
        indicator_key,
        any_value(taken.total) filter (where part = 'numerator') as numerator,
        any_value(taken.total) filter (where part = 'denominator') as denominator,
        coalesce(sum(taken.figures_found), 0) as figures_found,
        nullif(list_sort(flatten(list(coalesce(taken.missing, [])))), []) as missing,
        bool_or(taken.inputs_qualified) as inputs_qualified,
        min(taken.first_period) as first_period,
        max(taken.last_period) as last_period,
        any_value(taken.alternative) filter (where part = 'numerator') as numerator_alternative,
        any_value(taken.alternative) filter (where part = 'denominator') as denominator_alternative,
        -- a report states an indicator's metric once for its year: one stated row per group at most
        any_value(stated_value) as stated_value
    from (
        select *, null::double as stated_value
        from chosen_parts
        union all by name
        select report_key, indicator_key, stated_value
        from term_figures
        semi join with_alternatives as w on w.indicator_key = term_figures.indicator_key
        where part is null
    )
    group by report_key, indicator_key
    union all by name
    select * from plain_parts
),

final as (
    select
        r.jurisdiction_code,
        j.name_zh as jurisdiction_name,
        r.report_id,
        r.report_year,
        i.indicator_id,
        i.name_zh,
        i.name_en,
        i.dimension_id,
        p.numerator,
        p.denominator,
        case
            when len(coalesce(p.missing, [])) > 0 or p.denominator = 0 then null
            -- a share over 100% counts part and whole over different things: 汉滨区 2021's 1615 items at most one
            -- visit are of its 1617 service items, not its 506 licensing items (319.17%, qa33)
            when i.unit = '%' and p.numerator > p.denominator and p.denominator > 0 then null
            -- a percentage indicator is stored in percent, as reports write it
            when i.unit = '%' then 100.0 * p.numerator / p.denominator
            else p.numerator / p.denominator
        end as value,
        i.unit,
        i.higher_is_better,
        p.stated_value,
        value - p.stated_value as stated_difference,
        p.inputs_qualified,
        p.first_period,
        p.last_period,
        case
            when len(coalesce(p.missing, [])) > 0
                then 'missing figure: ' || array_to_string(p.missing, ', ')
            when p.denominator = 0 then 'denominator is zero'
            when i.unit = '%' and p.numerator > p.denominator and p.denominator > 0 then 'numerator exceeds denominator'
        end as reason,
        p.numerator_alternative,
        p.denominator_alternative
    from parts as p
    join reports as r on r.rowid = p.report_key
    join indicators as i on i.rowid = p.indicator_key
    join jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
    where p.figures_found > 0
)

select * from final
