-- Exported target gaps: every official target that applies to a report, its value, gap and the
-- document that sets it. $jurisdiction and $year select reports; NULL selects all. Each row names its
-- jurisdiction, as the figures and indicator values do.
with selected_gaps as (
    select g.*
    from target_gaps as g
    where ($jurisdiction::varchar is null or g.jurisdiction_code = $jurisdiction)
        and ($year::integer is null or g.report_year = $year)
),

-- the targeted indicators without a value whose rate the report states (网上全流程办理率达90%, no counts), read as the
-- target page reads them (analysis/target_gap.sql): stated_rates, the whole jurisdiction's (32_stated_figures.sql)
stated_only as (
    select distinct g.report_id, g.measure_id
    from selected_gaps as g
    join stated_rates as s on s.report_id = g.report_id and s.indicator_id = g.measure_id
    where g.measure_kind = 'indicator'
        and g.value is null
        -- the jurisdiction's reports by their ids (<code>-<year>), a range the figures' scan can skip by
        and ($jurisdiction::varchar is null or s.report_id between $jurisdiction || '-' and $jurisdiction || '-~')
),

-- the status a reader is shown (sql/39_code_words.sql, as the target page shows it): a document issued after the
-- report's year asked nothing of it (龙岗区 2013 against documents of 2015-2019), a stated rate is not judged, and
-- figures over a denominator of zero (行政许可事项0项) are not omitted: none of them `not reported` (报告未提供)
shown_gaps as (
    select g.* replace (target_status_shown(g.status, g.issued, g.report_year, s.report_id is not null,
        zd.indicator_id is not null) as status)
    from selected_gaps as g
    left join stated_only as s on s.report_id = g.report_id and s.measure_id = g.measure_id
    left join indicator_values as zd
        on zd.report_id = g.report_id
        and g.measure_kind = 'indicator'
        and zd.indicator_id = g.measure_id
        and zd.reason = 'denominator is zero'
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
    from shown_gaps as g
    join jurisdictions as j on j.jurisdiction_code = g.jurisdiction_code
    order by g.jurisdiction_code, g.report_year, g.target_year desc, g.target_set, g.measure_kind, g.measure_id
)

select * from final
