-- One report's indicators and figures against the official targets that bind it ($jurisdiction,
-- $year), for one target set ($target_set) or, when $target_set is '', every set whose deadline falls
-- in the report year or later (a set without a deadline: its own year), so that start-up targets of
-- later years show too. Values and targets print as text with ≥ / ≤ where they are bounds, and each
-- status in Chinese beside the English one; the document comes from targets.csv, never from code.
-- An indicator the report states (网上全流程办理率达90%) without the counts to recompute it has no value to
-- judge: it is not "报告未提供" either. `stated_text` gives the report's own words, which are shown, not judged.
-- The rate stated is the whole jurisdiction's, by the indicator's stated metric or else the catalog's `<indicator>_stated`
-- (stated_rates, 32_stated_figures.sql): 网上可办率, 上网办理率 and 网上办结率 have targets but no stated metric in
-- indicators.csv, and 中山市 2019's page and summary said 报告未提供网上可办率 of a report stating 政务服务事项网上可办率达95%
-- (qa36); a unit's rate (市本级…) is not the jurisdiction's, as on the peer page.
-- `issued_later`: the document was issued after the report's year (a 2013 report against a target of 2015): its
-- value is still read against it, but a report cannot be said to omit what its year did not ask for.
with stated as (
    select
        g.target_set,
        g.measure_id,
        number_text(s.stated_value, s.stated_qualifier) || s.stated_unit as stated_text
    from target_gaps as g
    join stated_rates as s on s.report_id = g.report_id and s.indicator_id = g.measure_id
    where g.jurisdiction_code = $jurisdiction
        and g.report_year = $year
        and g.measure_kind = 'indicator'
        and g.value is null
),

-- the report's target gaps, each with whether its document was issued after the report's year
dated as (
    select
        *,
        issued_after_report(issued, report_year) as issued_later
    from target_gaps
    where jurisdiction_code = $jurisdiction
        and report_year = $year
),

final as (
    select
        g.target_set,
        s.name_zh as target_set_name_zh,
        g.target_year,
        g.measure_kind,
        g.measure_id,
        g.name_zh,
        g.name_en,
        g.value,
        st.stated_text,
        -- the report states the indicator's figures, over a denominator of zero (行政许可事项0项，其中网上全流程办理0项):
        -- no share to judge, yet not 报告未提供 (qa36); the stored status stays `not reported`, the page says why
        zd.indicator_id is not null as zero_denominator,
        coalesce(number_text(g.value, g.qualifier) || g.unit, '报告自述' || st.stated_text || '（无法重新计算）',
            case when g.issued_later or g.status = 'not curated' then '—' when g.status = 'not computable' then '无法计算'
                when zd.indicator_id is not null then '无法计算（分母为零）'
                else '报告未提供' end) as value_text,
        g.comparator,
        g.target_value,
        number_text(g.target_value, case g.comparator when '>=' then 'lower_bound' else 'upper_bound' end)
            || g.unit as target_text,
        g.unit,
        g.gap,
        -- the value's bound, which its gap shares (≤ 3个工作日 against ≤ 8.5: a gap of ≤ -5.5)
        g.qualifier,
        g.shortfall,
        g.met,
        g.evidence,
        g.before_deadline,
        g.status,
        -- 报告未提供 only where the report's year asked for the figure and the report states nothing of it; a rate
        -- stated without its counts, or figures over a zero denominator, are neither (39_code_words.sql, as the export)
        target_status_words(target_status_shown(g.status, g.issued, g.report_year, st.stated_text is not null,
                                                zd.indicator_id is not null), g.part_of_year) as status_zh,
        -- the same in English, which the table writes beside the Chinese (达标 met), as the consistency table does
        target_status_shown(g.status, g.issued, g.report_year, st.stated_text is not null,
                            zd.indicator_id is not null) as status_en,
        g.scope_status,
        g.part_of_year,
        g.scope_zh,
        g.deadline,
        coalesce(strftime(g.deadline, '%Y-%m-%d'), '文件未写明期限') as deadline_text,
        g.document_title,
        g.document_number,
        g.issuer,
        g.issued_later,
        g.target_quote,
        s.scope_quote,
        coalesce(g.note, s.note) as note
    from dated as g
    join target_sets as s on s.target_set = g.target_set
    left join stated as st on st.target_set = g.target_set and st.measure_id = g.measure_id
    left join indicator_values as zd
        on zd.report_id = g.report_id
        and g.measure_kind = 'indicator'
        and zd.indicator_id = g.measure_id
        and zd.reason = 'denominator is zero'
    where g.jurisdiction_code = $jurisdiction
        and g.report_year = $year
        and (g.target_set = $target_set
            or ($target_set = '' and year(coalesce(g.deadline, make_date(s.year, 12, 31))) >= $year))
)

select * from final
order by
    coalesce(deadline, make_date(target_year, 12, 31)),
    target_set,
    case status when 'not met' then 0 when 'not shown to be met' then 1 when 'scope ambiguous' then 2 else 3 end,
    measure_id
