-- Every figure and indicator of one jurisdiction present in both a base period and a period
-- ($jurisdiction, $base_period, $period), with absolute and relative change and a direction judged
-- from the catalog's higher_is_better. Figures are paired by figure_pairs, as in the figure_changes view, but for
-- any two periods (the view pairs each with the previous one). Before/after pairs (a metric against its catalog
-- baseline metric in the same period, e.g. start-up days after vs before a reform) come in for $period.
-- Changes of percentage indicators are in percentage points; relative_change is a fraction.
-- A pair of figures is comparable only with one scope (the city's 93 officers of 2016 against one bureau's 6
-- of 2017 are no change), one variant (网上可办 is not 网上全流程办理) and two exact values (a bound gives no
-- difference); a pair that is not comes with `comparable` false and the reason: the page lists it apart.
-- An indicator's variant is the alternative its parts took (indicator_terms.alternative): a rate of the
-- catalog's definition (撤销 + 确认违法 + 责令履行) is not one of the report's own total (纠错) another year.
with variants as (
    -- 分子取纠错的行政复议案件, per report and indicator of another composition than the catalog's (79_indicator_variants.sql)
    select * from indicator_variants($jurisdiction)
),

own_statements as (
    -- each pair with the figure each value is quoted from: a value a later report restates (metric_values keeps the
    -- latest) is quoted from its year's own report (figure_pairs' own_*) where that report states the same; the 2022
    -- page quoted 558件 from the 2023 report's 较2022年558件, a sentence the 2022 report, its source, does not hold (qa52)
    select
        p.*,
        coalesce(p.base_own_value = p.base_value and p.base_own_qualifier is not distinct from p.base_qualifier, false)
            as base_own_same,
        coalesce(p.own_value = p.value and p.own_qualifier is not distinct from p.qualifier, false) as own_same,
        if(base_own_same, p.base_own_report, p.base_report_id) as base_quote_report,
        if(base_own_same, p.base_own_row, p.base_row_number) as base_quote_row,
        if(own_same, p.own_report, p.report_id) as quote_report,
        if(own_same, p.own_row, p.row_number) as quote_row
    from figure_pairs($jurisdiction, $base_period, $period) as p
),

paired_figures as (
    -- the pairing the figure_changes view uses, for any two periods; the quotes of the pairs shown
    select
        'figure' as measure_kind,
        'year_on_year' as comparison,
        p.metric_id as measure_id,
        p.base_period,
        p.period,
        p.base_value,
        p.value,
        -- each value in its own figure's measure word (16期 of 2015 against 7次 of 2017: one unit family)
        bf.unit as base_unit,
        p.unit,
        bf.quote as base_quote,
        af.quote,
        p.base_scope,
        p.scope,
        p.base_variant,
        p.variant,
        p.base_qualifier,
        p.qualifier,
        -- each value as its report writes it where that differs from value and unit (26万余件, stored as 260000件)
        bf.written as base_written,
        af.written,
        -- the year of the report a quote is read from where it is not the value's own year's (较去年60件: a later one's)
        nullif(bq.report_year, p.base_period) as base_quote_year,
        nullif(aq.report_year, p.period) as quote_year,
        p.base_report_id,
        p.report_id,
        p.base_own_report, p.base_own_value, p.base_own_unit,
        p.own_report, p.own_value, p.own_unit
    from own_statements as p
    join figures as bf on bf.report_id = p.base_quote_report and bf.row_number = p.base_quote_row
    join figures as af on af.report_id = p.quote_report and af.row_number = p.quote_row
    join reports as bq on bq.report_id = p.base_quote_report
    join reports as aq on aq.report_id = p.quote_report
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
        a.unit as base_unit,
        a.unit,
        null as base_quote,
        null as quote,
        null as base_scope,
        null as scope,
        bv.variant as base_variant,
        av.variant as variant,
        case when b.inputs_qualified then 'from_bounds' end as base_qualifier,
        case when a.inputs_qualified then 'from_bounds' end as qualifier,
        null as base_written,
        null as written,
        null as base_quote_year, null as quote_year,
        b.report_id as base_report_id,
        a.report_id,
        null as base_own_report, null as base_own_value, null as base_own_unit,
        null as own_report, null as own_value, null as own_unit
    from indicator_values as a
    join indicator_values as b
        on b.jurisdiction_code = a.jurisdiction_code
        and b.indicator_id = a.indicator_id
    left join variants as av on av.report_id = a.report_id and av.indicator_id = a.indicator_id
    left join variants as bv on bv.report_id = b.report_id and bv.indicator_id = b.indicator_id
    where a.jurisdiction_code = $jurisdiction
        and a.report_year = $period
        and b.report_year = $base_period
        and $base_period <> $period
        and a.value is not null
        and b.value is not null
),

pairs as (
    -- why a pair is no change: pair_reason (36_text_macros.sql), the one macro the figure_changes view calls too, over
    -- the pair's row; NULL when comparable (also when the two reports cover different parts of their years)
    select
        u.* exclude (base_report_id, report_id, base_own_report, base_own_value, base_own_unit, own_report, own_value,
                     own_unit),
        pair_reason(u, br.part_of_year, r.part_of_year, sb.value, br.report_year, r.report_year) as not_comparable_reason
    from (
        select * from paired_figures
        union all
        select * from indicator_pairs
    ) as u
    left join reports as br on br.report_id = u.base_report_id
    left join reports as r on r.report_id = u.report_id
    -- the later report's own figure of the base year under the metric's before (baseline) metric; an indicator's
    -- pair has none (sb.value NULL: base_stated_otherwise gives no reason)
    left join baseline_statements() as sb
        on u.measure_kind = 'figure'
        and sb.report_id = u.report_id
        and sb.metric_id = u.measure_id
        and sb.period = u.base_period
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
        p.base_unit,
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
        p.base_written,
        p.written,
        p.base_quote_year, p.quote_year,
        p.not_comparable_reason is null as comparable,
        p.not_comparable_reason,
        null as base_name_zh,
        null as base_name_en
    from pairs as p
    -- a figure is the value of a metric
    left join measures as c
        on c.measure_kind = if(p.measure_kind = 'figure', 'metric', p.measure_kind)
        and c.measure_id = p.measure_id
),

-- before/after pairs of $period, as the figure_changes view already judges them; that view is
-- computed when read (read/derived.py), so its few rows are taken first: joined to `figures` in one
-- plan, DuckDB, which cannot know they are few, would scan every figure with its quote to build the join
changes as materialized (
    select *
    from figure_changes
    where comparison = 'before_after'
        and jurisdiction_code = $jurisdiction
        and period = $period
),

before_after as (
    select
        'figure' as measure_kind,
        c.comparison,
        c.metric_id as measure_id,
        m.name_zh,
        m.name_en,
        c.base_period,
        c.period,
        c.base_value,
        c.value,
        bf.unit as base_unit,
        c.unit,
        c.change,
        c.relative_change,
        c.higher_is_better,
        c.direction,
        bf.quote as base_quote,
        af.quote,
        bf.qualifier as base_qualifier,
        af.qualifier,
        bf.written as base_written,
        af.written,
        null as base_quote_year, null as quote_year,
        true as comparable,
        null as not_comparable_reason,
        -- the base is another metric of the same year (开办企业全流程时限（改革前）, 行政权力事项（精简前）): a row named
        -- by the after metric alone read 开办企业全流程时限（改革后） 21个工作日 → 2个工作日 (南昌县 2020, qa33)
        bm.name_zh as base_name_zh,
        bm.name_en as base_name_en
    from changes as c
    join measures as m on m.measure_kind = 'metric' and m.measure_id = c.metric_id
    join figures as bf on bf.report_id = c.base_report_id and bf.row_number = c.base_row_number
    join figures as af on af.report_id = c.report_id and af.row_number = c.row_number
    join measures as bm on bm.measure_kind = 'metric' and bm.measure_id = bf.metric_id
),

final as (
    select * from judged
    union all
    select * from before_after
)

select * from final
order by measure_kind, comparison, measure_id
