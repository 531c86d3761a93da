-- One row per indicator with everything its metadata card shows: names, definition, the metrics
-- of numerator and denominator, unit, direction, dimension, the official targets that apply,
-- the indicators it must not be compared with, and the reports that give it a value.
-- Catalog order: dimension position, then the order of indicators.csv.
with alternative_terms as (
    select
        t.indicator_id,
        t.part,
        t.alternative,
        list({
            'metric_id': t.metric_id,
            'name_zh': m.name_zh,
            'name_en': m.name_en,
            'unit': m.unit,
            'sign': t.sign,
            'required': t.required,
            'earlier_year': t.earlier_year
        } order by t.required desc, t.sign desc, t.metric_id) as metrics
    from indicator_terms as t
    join metrics as m on m.metric_id = t.metric_id
    group by t.indicator_id, t.part, t.alternative
),

-- each part's terms, then the alternatives taken when the ones before cannot be computed
terms as (
    select
        indicator_id,
        part,
        any_value(metrics) filter (where alternative = 1) as metrics,
        coalesce(list(metrics order by alternative) filter (where alternative > 1), []) as alternatives
    from alternative_terms
    group by indicator_id, part
),

indicator_targets as (
    select
        t.measure_id as indicator_id,
        list({
            'target_set': t.target_set,
            'set_name_zh': s.name_zh,
            'year': s.year,
            'comparator': t.comparator,
            'target_value': t.target_value,
            'unit': t.unit,
            'scope_zh': t.scope_zh,
            'deadline': t.deadline,
            'document_title': t.document_title,
            'document_number': t.document_number,
            'issuer': t.issuer,
            'note': t.note
        } order by s.year desc, t.target_set) as targets
    from targets as t
    join target_sets as s on s.target_set = t.target_set
    where t.measure_kind = 'indicator'
    group by t.measure_id
),

not_comparable as (
    select
        i.indicator_id,
        list({'indicator_id': other.indicator_id, 'name_zh': other.name_zh, 'name_en': other.name_en}
            order by other.indicator_id) as variants
    from indicators as i,
        unnest(string_split(i.not_comparable_with, ' ')) as n(other_id)
    join indicators as other on other.indicator_id = n.other_id
    group by i.indicator_id
),

-- a report feeds a card with the value recomputed from its figures (≈ where a figure behind it is a bound or
-- approximate, as the pages write it) or, where it gives no figures to recompute, with the rate it states (its
-- stated metric, else the catalog's <indicator>_stated, the whole jurisdiction's of the report year, a bound
-- keeping its sign, as stated_only reads it): qa39's 银州区 2022 states 网上申报率达到100% and 东丽区 2022
-- 马上办实现率达到92%以上, and their cards said 'No loaded report gives it a value'
computed as (
    select
        v.indicator_id,
        v.report_id,
        v.jurisdiction_code,
        v.jurisdiction_name,
        v.report_year,
        number_text(v.value, case when v.inputs_qualified then 'from_bounds' end) as value_text,
        false as stated_only
    from indicator_values as v
    where v.value is not null
),

stated as (
    select
        s.indicator_id,
        r.report_id,
        r.jurisdiction_code,
        r.jurisdiction_name,
        r.report_year,
        number_text(s.stated_value, s.stated_qualifier) as value_text,
        true as stated_only
    -- the whole jurisdiction's rate of the report year, as pages and exports read it (32_stated_figures.sql)
    from stated_rates as s
    join reports as r on r.report_id = s.report_id
    left join computed as c on c.report_id = s.report_id and c.indicator_id = s.indicator_id
    where c.indicator_id is null
),

feeding_reports as (
    select
        v.indicator_id,
        list({
            'report_id': v.report_id,
            'jurisdiction_name': v.jurisdiction_name,
            'report_year': v.report_year,
            'title': r.title,
            'value_text': v.value_text,
            'stated_only': v.stated_only
        } order by v.jurisdiction_code, v.report_year) as reports
    from (select * from computed union all select * from stated) as v
    join reports as r on r.report_id = v.report_id
    group by v.indicator_id
),

final as (
    select
        i.indicator_id,
        i.name_zh,
        i.name_en,
        i.definition,
        i.unit,
        u.name_en as unit_name_en,
        i.higher_is_better,
        i.dimension_id,
        d.name_zh as dimension_name_zh,
        d.name_en as dimension_name_en,
        coalesce(i.stated_metric_id, sm.metric_id) as stated_metric_id,
        coalesce(num.metrics, []) as numerator,
        coalesce(den.metrics, []) as denominator,
        coalesce(num.alternatives, []) as numerator_alternatives,
        coalesce(den.alternatives, []) as denominator_alternatives,
        coalesce(it.targets, []) as targets,
        coalesce(nc.variants, []) as not_comparable_with,
        coalesce(fr.reports, []) as reports
    from indicators as i
    join dimensions as d on d.dimension_id = i.dimension_id
    left join units as u on u.unit = i.unit
    left join terms as num on num.indicator_id = i.indicator_id and num.part = 'numerator'
    left join terms as den on den.indicator_id = i.indicator_id and den.part = 'denominator'
    left join indicator_targets as it on it.indicator_id = i.indicator_id
    left join not_comparable as nc on nc.indicator_id = i.indicator_id
    left join feeding_reports as fr on fr.indicator_id = i.indicator_id
    -- the catalog's <indicator>_stated, which pages, exports and target_gap read where indicators.csv links none
    left join metrics as sm on sm.metric_id = stated_metric(null, i.indicator_id)
    order by d.position, i.rowid
)

select * from final
