-- Exported indicator values: numerator, denominator, value, and the report's own stated value
-- with the difference. $jurisdiction and $year select reports; NULL selects all.
with selected_values as (
    select
        v.*,
        -- the stated value's quote, read from its figure where the export shows it (32_stated_figures.sql)
        s.stated_quote
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
        v.stated_difference,
        v.stated_quote,
        v.inputs_qualified,
        v.first_period,
        v.last_period,
        reason_text(v.reason) as reason
    from selected_values as v
    join reports as r on r.report_id = v.report_id
    join dimensions as d on d.dimension_id = v.dimension_id
    order by v.jurisdiction_code, v.report_year, d.position, v.indicator_id
)

select * from final
