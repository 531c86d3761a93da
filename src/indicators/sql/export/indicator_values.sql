-- Exported indicator values: numerator, denominator, value, and the report's own stated value
-- with the difference. $jurisdiction and $year select reports; NULL selects all.
with selected_values as (
    select
        v.*,
        -- the stated value's quote, read from its figure where the export shows it (32_stated_figures.sql)
        s.stated_quote,
        -- 达80%以上 is a bound (qa38): exported as a number, its qualifier beside it, as the figures sheet has it
        s.stated_qualifier
    from indicator_values as v
    -- the jurisdiction's reports by their ids (<code>-<year>, checks/reports.sql) reach the view's figures;
    -- the jurisdiction alone read every stated quote (30 ms against 7 for one jurisdiction, speed26)
    left join stated_figures as s
        on s.report_id = v.report_id
        and s.indicator_id = v.indicator_id
        and ($jurisdiction::varchar is null or s.report_id between $jurisdiction || '-' and $jurisdiction || '-~')
    where ($jurisdiction::varchar is null or v.jurisdiction_code = $jurisdiction)
        and ($year::integer is null or v.report_year = $year)
),

-- the rate a report states of an indicator (stated_rates: the whole jurisdiction's, of the report year), as the report
-- profile reads it. qa36 made the profile show 通州区 2019's 直接纠错率达13% as 报告所述值 (analysis/report_indicators.sql)
-- and name the rates a report states without the counts to recompute them (analysis/stated_only.sql); the export had
-- neither
selected_rates as (
    select report_id, indicator_id, stated_value, stated_quote, stated_qualifier
    from stated_rates
    -- the jurisdiction's reports by their ids (<code>-<year>), a range the figures' scan can skip by
    where ($jurisdiction::varchar is null or report_id between $jurisdiction || '-' and $jurisdiction || '-~')
        and ($year::integer is null or report_year = $year)
),

-- every computed indicator, with the stated rate where indicators.csv links no stated metric (shown, not checked: no
-- difference), and every indicator the report only states a rate of, without a value (reason `stated only`)
shown_values as (
    select
        v.* exclude (stated_value, stated_quote, stated_qualifier),
        coalesce(v.stated_value, u.stated_value) as stated_value,
        coalesce(v.stated_quote, u.stated_quote) as stated_quote,
        if(v.stated_value is null, u.stated_qualifier, v.stated_qualifier) as stated_qualifier
    from selected_values as v
    left join selected_rates as u on u.report_id = v.report_id and u.indicator_id = v.indicator_id
    union all by name
    select
        r.jurisdiction_code,
        j.name_zh as jurisdiction_name,
        r.report_id,
        r.report_year,
        i.indicator_id,
        i.name_zh,
        i.name_en,
        i.dimension_id,
        i.unit,
        u.stated_value,
        u.stated_quote,
        u.stated_qualifier,
        'stated only' as reason
    from selected_rates as u
    join reports as r on r.report_id = u.report_id
    join jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
    join indicators as i on i.indicator_id = u.indicator_id
    anti join selected_values as v on v.report_id = u.report_id and v.indicator_id = u.indicator_id
),

final as (
    select
        v.report_id,
        v.jurisdiction_code,
        v.jurisdiction_name,
        v.report_year,
        -- the part of its year the report covers (全年 or 上半年, 第一季度…): a half-year's rate is not the year's
        coalesce(r.part_of_year, '全年') as covers,
        v.indicator_id,
        v.name_zh,
        v.name_en,
        v.dimension_id,
        -- in words beside the id, as the figures sheet has it
        d.name_zh as dimension_zh,
        v.numerator,
        v.denominator,
        -- percentages in percent, as reports write them (86.27)
        v.value,
        v.unit,
        v.stated_value,
        v.stated_qualifier,
        qualifier_zh(v.stated_qualifier) as stated_qualifier_zh,
        v.stated_difference,
        v.stated_quote,
        v.inputs_qualified,
        v.first_period,
        v.last_period,
        reason_text(v.reason) as reason
    from shown_values as v
    join reports as r on r.report_id = v.report_id
    join dimensions as d on d.dimension_id = v.dimension_id
    order by v.jurisdiction_code, v.report_year, d.position, v.indicator_id
)

select * from final
