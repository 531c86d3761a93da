-- Year-on-year change of every indicator a jurisdiction has for two report years.
-- Changes of percentage indicators are in percentage points.
create or replace view indicator_changes as
with paired as (
    select
        jurisdiction_code,
        indicator_id,
        name_zh,
        name_en,
        unit,
        higher_is_better,
        lag(report_year) over w as base_period,
        report_year as period,
        lag(value) over w as base_value,
        value
    from indicator_values
    where value is not null
    window w as (partition by jurisdiction_code, indicator_id order by report_year)
    qualify lag(report_year) over w is not null
),

final as (
    select
        *,
        value - base_value as change,
        relative_change(value, base_value) as relative_change,
        change_direction(value, base_value, higher_is_better) as direction
    from paired
)

select * from final
