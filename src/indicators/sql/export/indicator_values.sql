-- Exported indicator values: numerator, denominator, value, and the report's own stated value
-- with the difference and its quote. $jurisdiction and $year select reports; NULL selects all.
-- indicator_values stores ids and numbers: the names come from the catalogs, the stated quote from
-- the stated figure (report_id, stated_row_number), for the rows exported.
with selected_values as (
    select v.*
    from indicator_values as v
    where ($jurisdiction::varchar is null or v.jurisdiction_code = $jurisdiction)
        and ($year::integer is null or v.report_year = $year)
),

final as (
    select
        v.report_id,
        v.jurisdiction_code,
        j.name_zh as jurisdiction_name,
        v.report_year,
        v.indicator_id,
        i.name_zh,
        i.name_en,
        i.dimension_id,
        v.numerator,
        v.denominator,
        -- percentages in percent, as reports write them (86.27)
        v.value,
        v.unit,
        v.stated_value,
        v.stated_difference,
        f.quote as stated_quote,
        v.inputs_qualified,
        v.first_period,
        v.last_period,
        v.reason
    from selected_values as v
    join indicators as i on i.indicator_id = v.indicator_id
    join jurisdictions as j on j.jurisdiction_code = v.jurisdiction_code
    join dimensions as d on d.dimension_id = i.dimension_id
    left join figures as f on f.report_id = v.report_id and f.row_number = v.stated_row_number
    order by v.jurisdiction_code, v.report_year, d.position, v.indicator_id
)

select * from final
