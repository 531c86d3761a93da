-- One report's indicators and figures against the official targets that apply to its
-- administrative level and province ($jurisdiction, $year), for one target set ($target_set) or,
-- when $target_set is '', every set whose target year is the report year.
-- gap = value - target in the target's unit (percentage points for %); the document that sets each
-- target (title, number, issuer) comes from data/raw/catalog/targets.csv, never from code.
with final as (
    select
        g.target_set,
        s.name_zh as target_set_name_zh,
        g.target_year,
        g.measure_kind,
        g.measure_id,
        g.name_zh,
        g.name_en,
        g.value,
        g.comparator,
        g.target_value,
        g.unit,
        g.gap,
        g.shortfall,
        g.met,
        g.status,
        g.scope_zh,
        g.deadline,
        g.document_title,
        g.document_number,
        g.issuer,
        g.target_quote,
        coalesce(g.note, s.note) as note
    from target_gaps as g
    join target_sets as s on s.target_set = g.target_set
    where g.jurisdiction_code = $jurisdiction
        and g.report_year = $year
        and (g.target_set = $target_set or ($target_set = '' and g.target_year = $year))
)

select * from final
order by target_set, case status when 'not met' then 0 when 'met' then 1 else 2 end, measure_id
