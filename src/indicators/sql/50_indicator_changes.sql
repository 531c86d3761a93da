-- Year-on-year change of every indicator a jurisdiction has for two report years.
-- Changes of percentage indicators are in percentage points.
create or replace view indicator_changes as
with paired as (
    select
        v.jurisdiction_code,
        v.indicator_id,
        i.name_zh,
        i.name_en,
        v.unit,
        i.higher_is_better,
        lag(v.report_year) over w as base_period,
        v.report_year as period,
        lag(v.value) over w as base_value,
        v.value
    from indicator_values as v
    join indicators as i on i.indicator_id = v.indicator_id
    where v.value is not null
    window w as (partition by v.jurisdiction_code, v.indicator_id order by v.report_year)
    qualify lag(v.report_year) over w is not null
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
