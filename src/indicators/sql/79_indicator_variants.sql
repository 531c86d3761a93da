-- indicator_variants(of_jurisdiction): for each report and indicator whose value took another alternative of its
-- terms than the catalog's first (indicator_terms.alternative > 1), that composition in words: 分子取纠错的行政复议案件
-- (the report's own 纠错 total instead of 撤销 + 确认违法 + 责令履行). No row for a value of the catalog's own
-- definition. A NULL argument does not filter. Read by the year-on-year page (a rate of one composition is no change
-- on a rate of another, trial 25) and the peer page (nor a peer of one a median with peers of another, trial 28).
create or replace macro indicator_variants(of_jurisdiction) as table
with alternative_parts as (
    -- per report, indicator and part that took an alternative after the first: its metrics, less the negative ones
    select
        v.report_id,
        v.indicator_id,
        t.part,
        string_agg(m.name_zh, '＋' order by m.metric_id) filter (where t.sign > 0)
            || coalesce('－' || string_agg(m.name_zh, '－' order by m.metric_id) filter (where t.sign < 0), '') as metrics
    from indicator_values as v
    join indicator_terms as t
        on t.indicator_id = v.indicator_id
        and t.alternative = if(t.part = 'numerator', v.numerator_alternative, v.denominator_alternative)
        and t.alternative > 1
    join metrics as m on m.metric_id = t.metric_id
    where of_jurisdiction is null or v.jurisdiction_code = of_jurisdiction
    group by all
),

final as (
    -- 分子取纠错的行政复议案件; none where both parts are the catalog's first definition
    select
        report_id,
        indicator_id,
        string_agg(if(part = 'numerator', '分子取', '分母取') || metrics, '，' order by part desc) as variant
    from alternative_parts
    group by all
)

select * from final
