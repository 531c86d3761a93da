-- Exported target gaps: every official target that applies to a report, its value, gap and the
-- document that sets it. $jurisdiction and $year select reports; NULL selects all. Each row names its
-- jurisdiction, as the figures and indicator values do.
with selected_gaps as (
    -- a document issued after the report's year asked nothing of it: not `not reported` (龙岗区 2013 against
    -- documents of 2015-2019), as the target page says 文件在报告年度之后印发，未作对照
    select g.* replace (shown_target_status(g.status, g.issued, g.report_year) as status)
    from target_gaps as g
    where ($jurisdiction::varchar is null or g.jurisdiction_code = $jurisdiction)
        and ($year::integer is null or g.report_year = $year)
),

final as (
    select
        g.report_id,
        g.jurisdiction_code,
        j.name_zh as jurisdiction_name,
        g.report_year,
        -- on every row, not only where status_zh says it: a 上半年 report's 报告未提供 rows are of its half year too
        coalesce(g.part_of_year, '全年') as covers,
        g.target_set,
        g.target_year,
        g.measure_kind,
        measure_kind_zh(g.measure_kind) as measure_kind_zh,
        g.measure_id,
        g.name_zh,
        g.name_en,
        g.comparator,
        -- in the target's unit; gap and shortfall in percentage points for %
        g.target_value,
        g.unit,
        g.value,
        g.qualifier,
        qualifier_zh(g.qualifier) as qualifier_zh,
        g.gap,
        g.shortfall,
        g.status,
        target_status_words(g.status, g.part_of_year) as status_zh,
        g.scope_zh,
        g.deadline,
        g.document_title,
        g.document_number,
        g.issuer,
        g.issued,
        g.target_quote,
        g.note
    from selected_gaps as g
    join jurisdictions as j on j.jurisdiction_code = g.jurisdiction_code
    order by g.jurisdiction_code, g.report_year, g.target_year desc, g.target_set, g.measure_kind, g.measure_id
)

select * from final
