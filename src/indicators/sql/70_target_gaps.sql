-- Every report's indicators and figures against the official targets that bind its jurisdiction.
-- Whom a target set binds is sourced data (target_sets.csv: the codes the document names and whether
-- the jurisdictions under them are bound): a jurisdiction is bound when it or an ancestor is named
-- (an ancestor counts only when the document binds subordinates); where the document does not say,
-- the scope is 'ambiguous' and the status says so instead of judging. A county whose prefecture is
-- not named gets no row of that set at all.
-- evidence: what the value shows against the target. A bound ("7个工作日以内" = at most 7) or an
-- indicator computed from bounds proves a target only in one direction; else 'not shown to be met'.
-- status: evidence read against the deadline (met before it = 'met ahead of deadline'; a target not
-- yet due is never 'not met') and the scope. gap = value - target in the target's unit.
-- A report covering part of its year (reports.part_of_year: a 上半年工作总结) is not judged against a yearly target:
-- its value is shown with status 'part of the year', no evidence, gap nor shortfall (half a year's 1081项 is no
-- shortfall on a year's target). A report without a curated figure (its text added, no figures file) is 'not curated',
-- never 'not reported': round 31's export of 津南区 2023, read by nobody yet, said 报告未提供 of every target.
create or replace view target_gaps as
with recursive lineage as (
    select jurisdiction_code, jurisdiction_code as ancestor_code, 0 as depth
    from jurisdictions
    union all
    select l.jurisdiction_code, j.parent_code, l.depth + 1
    from lineage as l
    join jurisdictions as j on j.jurisdiction_code = l.ancestor_code
    where j.parent_code is not null and l.depth < 8
),

-- the values targets are read against: every report's indicators, and its figures of the report
-- year for the metrics some target names (the other figures could never meet a target)
measure_values as (
    select
        report_id,
        'indicator' as measure_kind,
        indicator_id as measure_id,
        value,
        case when inputs_qualified then 'from_bounds' end as qualifier,
        reason
    from indicator_values
    semi join targets as t on t.measure_kind = 'indicator' and t.measure_id = indicator_id
    union all
    select
        f.report_id,
        'metric',
        f.metric_id,
        f.value,
        f.qualifier,
        null as reason
    from figures as f
    join reports as r on r.report_id = f.report_id
    semi join targets as t on t.measure_kind = 'metric' and t.measure_id = f.metric_id
    -- a body's figure (a `scope`) is not the jurisdiction's to judge, as indicator_values takes none
    where f.period = r.report_year
        and f.scope is null
),

-- whom each set binds, per jurisdiction with a report (its reports share its lineage): 2,850 rows
-- per set nationally where one per report made 28,500
membership as (
    select
        s.target_set,
        j.jurisdiction_code,
        case
            when len(s.binds_codes) = 0 then 'bound'
            when min(l.depth) filter (where list_contains(s.binds_codes, l.ancestor_code)) = 0 then 'bound'
            when s.binds_subordinates = 'yes' then 'bound'
            when s.binds_subordinates = 'unstated' then 'ambiguous'
        end as scope_status
    from target_sets as s
    cross join (select distinct jurisdiction_code from reports) as j
    join lineage as l on l.jurisdiction_code = j.jurisdiction_code
    group by s.target_set, j.jurisdiction_code, s.binds_codes, s.binds_subordinates
    having len(s.binds_codes) = 0 or bool_or(list_contains(s.binds_codes, l.ancestor_code))
),

applicable as (
    select
        t.*,
        r.report_id,
        r.jurisdiction_code,
        r.report_year,
        r.part_of_year,
        ms.scope_status,
        -- a report added as text only: nobody has read it for figures yet, so a value it lacks is not one it omits
        not exists (select 1 from figures as f where f.report_id = r.report_id) as uncurated
    from targets as t
    join membership as ms on ms.target_set = t.target_set
    join reports as r on r.jurisdiction_code = ms.jurisdiction_code
    join jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
    where ms.scope_status is not null
        and (t.province_code is null or t.province_code = j.province_code)
        and list_contains(string_split(t.applies_to_levels, ' '), j.level)
),

judged as (
    select
        a.*,
        s.year as target_year,
        -- a target without a stated deadline falls due at the end of its set's year
        coalesce(a.deadline, make_date(s.year, 12, 31)) > make_date(a.report_year, 12, 31) as before_deadline,
        v.value,
        v.qualifier,
        v.reason,
        case
            when v.value is null or a.part_of_year is not null then null
            when v.qualifier = 'from_bounds' then 'not shown to be met'
            when a.comparator = '>=' and v.value >= a.target_value
                then case when v.qualifier = 'upper_bound' then 'not shown to be met' else 'met' end
            when a.comparator = '>=' then case when v.qualifier = 'lower_bound' then 'not shown to be met' else 'not met' end
            when v.value <= a.target_value
                then case when v.qualifier = 'lower_bound' then 'not shown to be met' else 'met' end
            else case when v.qualifier = 'upper_bound' then 'not shown to be met' else 'not met' end
        end as evidence
    from applicable as a
    join target_sets as s on s.target_set = a.target_set
    left join measure_values as v
        on v.report_id = a.report_id
        and v.measure_kind = a.measure_kind
        and v.measure_id = a.measure_id
),

final as (
    select
        a.target_set,
        a.target_year,
        a.jurisdiction_code,
        a.report_id,
        a.report_year,
        a.measure_kind,
        a.measure_id,
        m.name_zh,
        m.name_en,
        a.comparator,
        a.target_value,
        a.unit,
        a.value,
        a.qualifier,
        if(a.part_of_year is null, a.value - a.target_value, null) as gap,
        case
            when a.value is null or a.part_of_year is not null then null
            when a.comparator = '>=' then greatest(0, a.target_value - a.value)
            else greatest(0, a.value - a.target_value)
        end as shortfall,
        a.evidence = 'met' as met,
        a.evidence,
        -- the report's year ends before the deadline: a scope-ambiguous target is then not "not met" either
        a.before_deadline,
        case
            when a.value is null and a.uncurated then 'not curated'
            -- figures stated but of different things (1615 items of 506): not that the report omits the share
            when a.value is null and a.reason = 'numerator exceeds denominator' then 'not computable'
            when a.value is null then 'not reported'
            when a.part_of_year is not null then 'part of the year'
            when a.scope_status = 'ambiguous' then 'scope ambiguous'
            when a.evidence = 'met' and a.before_deadline then 'met ahead of deadline'
            when a.evidence = 'not met' and a.before_deadline then 'not yet due'
            else a.evidence
        end as status,
        a.scope_status,
        a.part_of_year,
        a.scope_zh,
        a.deadline,
        a.document_title,
        a.document_number,
        a.issuer,
        a.issued,
        a.quote as target_quote,
        a.note
    from judged as a
    -- the catalog's names of the metric or indicator, from the one table that pairs the two catalogs
    left join measures as m on m.measure_kind = a.measure_kind and m.measure_id = a.measure_id
)

select * from final
