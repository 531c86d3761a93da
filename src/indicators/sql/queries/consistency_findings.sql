-- Consistency findings of the report $report_id for `indicators check`: errors first, then
-- warnings, then the checks that passed; a rule that holds in several periods by period (a total order,
-- so that the output never depends on how rows were stored or computed).
with final as (
    select
        jurisdiction_code,
        report_year as year,
        period,
        rule_id,
        status,
        -- the page's words for it (sql/39_code_words.sql)
        finding_status_zh(status) || ' ' || status as finding_zh,
        description_zh,
        description_en,
        expected,
        observed,
        gap,
        detail
    from consistency_findings
    where report_id = $report_id
)

select * from final
order by case status when 'error' then 0 when 'warning' then 1 else 2 end, rule_id, period
