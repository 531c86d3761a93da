-- Exported target gaps: every official target that applies to a report, its value, gap and the
-- document that sets it. $jurisdiction and $year select reports; NULL selects all.
with selected_gaps as (
    select g.*
    from target_gaps as g
    where ($jurisdiction::varchar is null or g.jurisdiction_code = $jurisdiction)
        and ($year::integer is null or g.report_year = $year)
),

final as (
    select
        report_id,
        jurisdiction_code,
        report_year,
        target_set,
        target_year,
        measure_kind,
        measure_id,
        name_zh,
        name_en,
        comparator,
        -- in the target's unit; gap and shortfall in percentage points for %
        target_value,
        unit,
        value,
        qualifier,
        gap,
        shortfall,
        status,
        scope_zh,
        deadline,
        document_title,
        document_number,
        issuer,
        issued,
        target_quote,
        note
    from selected_gaps
    order by jurisdiction_code, report_year, target_year desc, target_set, measure_kind, measure_id
)

select * from final
