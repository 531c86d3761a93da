-- Year-on-year change of every indicator a jurisdiction has for two report years.
-- Changes of percentage indicators are in percentage points. A pair is a change only when both years'
-- values are computed the same way and from exact figures: a rate of the catalog's definition (撤销 +
-- 确认违法 + 责令履行) is not one of the report's own total (纠错) another year, and a value from a bound
-- (≤ 7个工作日) is no base for a difference. Such a pair keeps its two values, `comparable` false and the
-- reason, and no change, as the year-on-year page lists it apart; so does a pair of reports covering different
-- parts of their years (reports.part_of_year: a 上半年工作总结 against a whole year), with figure_changes' reason.
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
        value,
        lag(numerator_alternative) over w is not distinct from numerator_alternative
            and lag(denominator_alternative) over w is not distinct from denominator_alternative as same_composition,
        coalesce(lag(inputs_qualified) over w or inputs_qualified, false) as from_bounds,
        period_pair_reason(lag(r.part_of_year) over w, r.part_of_year) as period_reason
    from indicator_values as v
    join reports as r using (report_id, jurisdiction_code, report_year)
    where value is not null
    window w as (partition by jurisdiction_code, indicator_id order by report_year)
    qualify lag(report_year) over w is not null
),

final as (
    select
        jurisdiction_code,
        indicator_id,
        name_zh,
        name_en,
        unit,
        higher_is_better,
        base_period,
        period,
        base_value,
        value,
        same_composition and not from_bounds and period_reason is null as comparable,
        case
            when not same_composition then '口径不同 different variant：分子或分母取了不同的指标'
            when from_bounds then inexact_pair_reason('from_bounds', null)
            else period_reason
        end as not_comparable_reason,
        if(comparable, value - base_value, null) as change,
        if(comparable, relative_change(value, base_value), null) as relative_change,
        if(comparable, change_direction(value, base_value, higher_is_better), null) as direction
    from paired
)

select * from final
