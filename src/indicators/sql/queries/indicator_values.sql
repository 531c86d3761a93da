-- Indicator values of one report in catalog order, with numerator, denominator and the value the report
-- states, for `indicators show`: the rows the export writes (`exported`, sql/export/indicator_values.sql run
-- for the report), so that a rate the report only states (qa39's 银州区 2022, 网上申报率达到100%: the export
-- and the pages name it, `show` printed only the indicator it lacks figures for) and a stated bound's
-- qualifier read the same in both.
select
    jurisdiction_code,
    jurisdiction_name,
    report_year as year,
    indicator_id,
    name_zh,
    name_en,
    dimension_id,
    numerator,
    denominator,
    value,
    unit,
    stated_value,
    stated_qualifier,
    stated_difference,
    reason
from exported
