-- Exported consistency findings: parts against totals and stated against recomputed values.
-- $jurisdiction and $year select reports; NULL selects all. Each row names its jurisdiction: an export of
-- every report lists findings of many, which a reader filters by name, not by code.
with selected_findings as (
    select c.*
    from consistency_findings as c
    -- a jurisdiction's reports by their ids, which the build checks are <code>-<year> (checks/reports.sql,
    -- id-mismatch): the view (read.derived) pushes a range of report_id down to every branch, and
    -- computes every report's findings for a filter on jurisdiction_code (5 s against 0.03)
    where ($jurisdiction::varchar is null or c.report_id between $jurisdiction || '-' and $jurisdiction || '-~')
        and ($year::integer is null or c.report_year = $year)
),

final as (
    select
        c.report_id,
        c.jurisdiction_code,
        j.name_zh as jurisdiction_name,
        c.report_year,
        -- the part of its year the report covers, as the figures export says it
        coalesce(r.part_of_year, '全年') as covers,
        c.period,
        c.rule_id,
        c.status,
        finding_status_zh(c.status) as status_zh,
        c.description_zh,
        c.description_en,
        c.expected,
        c.observed,
        c.gap,
        c.detail
    from selected_findings as c
    join reports as r on r.report_id = c.report_id
    join jurisdictions as j on j.jurisdiction_code = c.jurisdiction_code
    -- every column that can differ among one rule's rows of a period (a not-evaluated rule has one per
    -- part it saw), so that two exports of one database list them in one order
    order by c.jurisdiction_code, c.report_year, c.period, c.rule_id, c.report_id, c.status, c.detail
)

select * from final
