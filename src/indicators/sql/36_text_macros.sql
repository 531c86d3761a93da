-- How a number reads on a page, in one place for every analysis query: integers without ".0",
-- other values to at most two decimals, and a bound with its sign ("7个工作日以内" reads "≤ 7", "600多" "≥ 600",
-- "约" "约 "). A value computed from bounds reads "≈". NULL stays NULL (the page says 报告未提供).
create or replace macro plain_number(value) as
    case
        when value is null then null
        when value = round(value) then cast(cast(round(value) as bigint) as varchar)
        -- a non-zero value two decimals would write as 0.00 keeps two significant digits, as display.number does:
        -- a consistency finding's （相差 0.00） read as no difference at all
        when abs(value) < 0.005 then printf('%.2g', cast(value as double))
        else cast(round(value, 2) as varchar)
    end;

-- the sign a bound reads with: a page that writes the number its own way (as the report wrote it) keeps it
create or replace macro bound_sign(qualifier) as
    case qualifier
        when 'upper_bound' then '≤ '
        when 'lower_bound' then '≥ '
        when 'approximate' then '约 '
        when 'from_bounds' then '≈ '
        else ''
    end;

create or replace macro number_text(value, qualifier) as
    bound_sign(qualifier) || plain_number(value);

-- why two values give no difference: a bound (600多 is ≥ 600) or an approximate value (约) has none, nor has
-- a value computed from them (≈); ≥ 632000 against ≥ 150000 may be a rise. NULL when both are exact
create or replace macro inexact_pair_reason(base_qualifier, qualifier) as
    case
        when base_qualifier = 'from_bounds' or qualifier = 'from_bounds'
            then '由约数或上下限算得 computed from bounds or approximate figures'
        when base_qualifier is not null or qualifier is not null
            then '报告只写出上下限或约数 the report states a bound or an approximate value'
    end;

-- why two figures of one metric make no year-on-year change: another body's figure (scope), another way of
-- counting it (variant), or a bound; NULL when they are comparable. The figure_changes view and the year-on-year
-- page give the same reason
create or replace macro figure_pair_reason(base_scope, scope, base_variant, variant, base_qualifier, qualifier) as
    nullif(concat_ws('；',
        case when base_scope is distinct from scope then
            '范围不同 different scope：' || coalesce(base_scope, '全辖区') || ' / ' || coalesce(scope, '全辖区')
        end,
        case when base_variant is distinct from variant then
            '口径不同 different variant：' || coalesce(base_variant, '目录口径') || ' / ' || coalesce(variant, '目录口径')
        end,
        inexact_pair_reason(base_qualifier, qualifier)
    ), '');

-- why a year-on-year pair makes no change although both figures are the whole jurisdiction's: the later report itself
-- states the base year's value, as the value before its reform (the metric's baseline in metrics.csv), and states it
-- otherwise than the base figure. 浙江省 2017 reads 从2016年的516项减少到459项 while the 2016 report counted 265
-- 实际执行事项: the page showed 265项 → 459项 +194 (+73.21%), a rise the report calls a cut (qa44). Two reports counting
-- one thing two ways give no change; NULL when the later report states no such value, or the same one, or where the
-- base value is the later report's own (it states both of the base year: a reform within it, 20 → 7 days). stated_base
-- is the later report's figure of the metric's baseline for the base year (a left join: NULL where it states none).
create or replace macro base_stated_otherwise(base_report, later_report, stated_base, base_year, base_value, measure_word) as
    case when base_report <> later_report and stated_base <> base_value then
        '上年数值另有所记 the base year is stated otherwise：本报告记' || base_year || '年为'
        || plain_number(stated_base) || measure_word || '（改革前 before the reform）'
    end;

-- why a year-on-year pair makes no change: one of its values is a later report's restatement (metric_values keeps the
-- latest report's figure of a key) and that year's own report states it otherwise. 北京市通州区's 2022 report counts
-- 直接纠错51件, its 2023 report 较去年60件: the 2023 page read 60件 → 236件 +176件, the 2022 page and summary 56件 → 60件
-- +4件 under 依据《2022年…报告》, which says 51, each beside a 2022 correction rate computed from 51 (qa52). Which count is
-- right is not for the page to decide; it lists the pair apart with both. Called once for each end of the pair:
-- own_report and own_value are that year's own report's figure of the pair's metric, scope and variant (a left join:
-- NULL where it states none); shown_report, shown_value and shown_year_report the figure the pair shows and its report's
-- year; measure_word the own figure's, for both values (one metric: one unit family). NULL when they agree
create or replace macro restated_otherwise(
    own_report, shown_report, own_value, year, shown_value, measure_word, shown_year_report
) as
    case when own_report <> shown_report and own_value <> shown_value then
        year || '年数值两份报告所记不同 the ' || year || ' value is stated differently by two reports：' || year
        || '年报告记为' || plain_number(own_value) || measure_word || '，' || shown_year_report || '年报告记为'
        || plain_number(shown_value) || measure_word
    end;

-- why two reports' figures make no change: one covers a part of the year the other does not (鹿寨县 2025's
-- 上半年工作总结 against a whole year, trial 28); NULL when both cover the same (two whole years, two 上半年).
-- base_part and part are the reports' part_of_year (NULL: the whole year)
create or replace macro period_pair_reason(base_part, part) as
    case when base_part is distinct from part then
        '期间不同 different period：' || coalesce(base_part, '全年') || ' / ' || coalesce(part, '全年')
    end;

-- why a year-on-year pair is no change, worded once for the figure_changes view and the year-on-year page: each of
-- the reasons above that applies, joined. p is the pair's row (figure_pairs' columns: scopes, variants, qualifiers,
-- both ends' reports, values and their own reports' figures); base_part and part the two reports' part_of_year;
-- stated_base the later report's own figure of the base year under the metric's baseline (baseline_statements(),
-- NULL where none); base_report_year and report_year the years of the two reports the pair shows. NULL when comparable
create or replace macro pair_reason(p, base_part, part, stated_base, base_report_year, report_year) as
    nullif(concat_ws('；',
        figure_pair_reason(p['base_scope'], p['scope'], p['base_variant'], p['variant'], p['base_qualifier'],
                           p['qualifier']),
        period_pair_reason(base_part, part),
        base_stated_otherwise(p['base_report_id'], p['report_id'], stated_base, p['base_period'], p['base_value'],
                              p['unit']),
        restated_otherwise(p['base_own_report'], p['base_report_id'], p['base_own_value'], p['base_period'],
                           p['base_value'], p['base_own_unit'], base_report_year),
        restated_otherwise(p['own_report'], p['report_id'], p['own_value'], p['period'], p['value'], p['own_unit'],
                           report_year)
    ), '');

-- why an indicator has no value, in words a reader knows: indicator_values keeps the reason with metric ids
-- ('missing figure: licensing_items', the same in the pandas twin); pages, `show` and exports name the metrics
create or replace macro reason_text(reason) as
    case
        when reason is null then null
        when reason = 'denominator is zero' then '分母为零 denominator is zero'
        when reason = 'numerator exceeds denominator'
            then '分子大于分母，所计不是同一范围的事项 numerator exceeds denominator: they count different things'
        -- the export's row of a rate the report states without the counts to recompute it (indicator_values has none):
        -- the report profile's 报告只自述了…，没有可重新计算的数字
        when reason = 'stated only' then '仅有报告自述值，没有可重新计算的数字 stated by the report, nothing to recompute'
        when starts_with(reason, 'missing figure: ') then '缺少数字 missing figure：' || (
            select string_agg(coalesce(m.name_zh || '（' || x.metric_id || '）', x.metric_id), '、' order by x.at)
            from (
                select
                    unnest(string_split(substr(reason, 17), ', ')) as metric_id,
                    generate_subscripts(string_split(substr(reason, 17), ', '), 1) as at
            ) as x
            left join metrics as m on m.metric_id = x.metric_id
            -- a metric two terms read is missing twice (开办企业时限压缩率's before-time): named once
            where list_position(string_split(substr(reason, 17), ', '), x.metric_id) = x.at
        )
        else reason
    end;
