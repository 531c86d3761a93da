-- Every report's indicators and figures against the official targets that apply to its
-- jurisdiction: same province (or a national target) and an administrative level the target names.
-- gap = value - target, in the target's unit (percentage points for %); shortfall is how far the
-- value is from meeting the target (0 when met).
create or replace view target_gaps as
with measure_values as (
    select
        report_id,
        'indicator' as measure_kind,
        indicator_id as measure_id,
        value,
        null as qualifier
    from indicator_values
    union all
    select
        f.report_id,
        'metric',
        f.metric_id,
        f.value,
        f.qualifier
    from figures as f
    join reports as r on r.report_id = f.report_id
    where f.period = r.report_year
),

applicable as (
    select
        t.*,
        r.report_id,
        r.jurisdiction_code,
        r.report_year,
        j.level
    from targets as t
    cross join reports as r
    join jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
    where (t.province_code is null or t.province_code = j.province_code)
        and list_contains(string_split(t.applies_to_levels, ' '), j.level)
),

final as (
    select
        a.target_set,
        s.year as target_year,
        a.jurisdiction_code,
        a.report_id,
        a.report_year,
        a.measure_kind,
        a.measure_id,
        c.name_zh,
        c.name_en,
        a.comparator,
        a.target_value,
        a.unit,
        v.value,
        v.qualifier,
        v.value - a.target_value as gap,
        case
            when v.value is null then null
            when a.comparator = '>=' then greatest(0, a.target_value - v.value)
            else greatest(0, v.value - a.target_value)
        end as shortfall,
        case
            when v.value is null then null
            when a.comparator = '>=' then v.value >= a.target_value
            else v.value <= a.target_value
        end as met,
        case
            when v.value is null then 'not reported'
            when (a.comparator = '>=' and v.value >= a.target_value)
                or (a.comparator = '<=' and v.value <= a.target_value) then 'met'
            else 'not met'
        end as status,
        a.scope_zh,
        a.deadline,
        a.document_title,
        a.document_number,
        a.issuer,
        a.issued,
        a.quote as target_quote,
        a.note
    from applicable as a
    join target_sets as s on s.target_set = a.target_set
    left join measures as c on c.measure_kind = a.measure_kind and c.measure_id = a.measure_id
    left join measure_values as v
        on v.report_id = a.report_id
        and v.measure_kind = a.measure_kind
        and v.measure_id = a.measure_id
)

select * from final
