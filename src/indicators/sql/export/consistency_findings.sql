-- Exported consistency findings: parts against totals and stated against recomputed values.
-- $jurisdiction and $year select reports; NULL selects all.
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
        report_id,
        jurisdiction_code,
        report_year,
        period,
        rule_id,
        status,
        description_zh,
        description_en,
        expected,
        observed,
        gap,
        detail
    from selected_findings
    -- every column that can differ among one rule's rows of a period (a not-evaluated rule has one per
    -- part it saw), so that two exports of one database list them in one order
    order by jurisdiction_code, report_year, period, rule_id, report_id, status, detail
)

select * from final
