-- peer_ranked(year, chosen_codes, focus): the values of one year's peers on every indicator. Peers
-- are the jurisdictions in `chosen_codes` or, when it is empty, every loaded jurisdiction of the
-- focus's administrative level (all levels when focus is ''); the focus is always among them.
-- A rank needs a better direction in the catalog and at least three peers with a value: with fewer,
-- or for a descriptive share (no higher_is_better), rank is NULL and `rank_order` says why, so a
-- page shows values side by side or a distribution instead of "第1/1名". Rank 1 is the best value.
-- A value computed from bounded or approximate figures (约400项, 300多项) is shown but never ranked,
-- and does not count towards the three: a rank compares exact values only. So is a value of a report covering part
-- of its year (reports.part_of_year: a 上半年工作总结's): half a year's count is not ranked among whole years', nor
-- are they ranked against it.
-- A rate the report only states (网上可办率达到100%, 按时办结率100%: a `%` metric `*_stated` of the report year, the
-- whole jurisdiction's) is a peer value too: real reports state rates far more often than the parts an indicator is
-- computed from, and 汉源县 2019's page said it had nothing to compare while stating two. Where the rate is an
-- indicator's stated metric it stands in for the indicator that the report's parts do not give (`stated` marks it, the
-- page says 报告所述); a computed value is never replaced by the report's own claim. Other stated rates are rows of their
-- own, named as the catalog names them (…（报告所述）), ranked by the metric's better direction.
-- Peers named (`chosen_codes`) of another level than the focus's (a province or a prefecture beside a county: 武汉市 and
-- 湖北省 named with 建安区, qa33) are shown, marked `other_level`, but neither ranked nor counted towards the three.
-- A peer whose report states an indicator's figures over a denominator of zero (行政许可事项0项，其中…0项) is a row
-- without a value, marked `zero_denominator`: never ranked nor counted, but named, so that a page comparing four
-- loaded counties does not show three values with nothing said of the fourth (qa38's 广宁县).
-- A peer whose report states a rate only of a part of its jurisdiction (a figure's `scope`: 朝阳区 2024's 使用区级统建系统
-- 事项全程网办率100%) and no value of the whole is a row marked `other_scope`, with that scope: named beside the others,
-- never ranked nor counted towards the three nor in the spread, as a peer of another level is (qa51). Left out, the
-- page comparing six loaded districts showed five values with nothing said of the sixth, and its own page read
-- 本辖区无数值 over a report stating 100%.
-- A table macro, not a view, because the peers are parameters; window functions keep it one pass
-- over indicator_values and the year's stated rates. Used by analysis/peer_ranks.sql and analysis/peer_standing.sql.
create or replace macro peer_ranked(year, chosen_codes, focus) as table
with focus_level as (
    select any_value(level) as level
    from jurisdictions
    where jurisdiction_code = focus
),

computed as (
    select
        v.jurisdiction_code,
        v.jurisdiction_name,
        v.report_id,
        v.indicator_id,
        v.name_zh,
        v.name_en,
        v.dimension_id,
        v.value,
        v.unit,
        v.higher_is_better,
        coalesce(v.inputs_qualified, false) as inexact,
        -- the composition of a value that took another alternative of its terms (分子取纠错的行政复议案件), NULL for
        -- the catalog's: the page names it beside the value and takes no median over two compositions
        w.variant,
        false as stated,
        v.value is null as zero_denominator,
        -- how a page writes the value: ≈ for one computed from bounds, the figure's own sign for a stated bound
        case when v.inputs_qualified then 'from_bounds' end as qualifier,
        null::varchar as other_scope
    from indicator_values as v
    left join indicator_variants(null) as w on w.report_id = v.report_id and w.indicator_id = v.indicator_id
    where v.report_year = year and (v.value is not null or v.reason = 'denominator is zero')
),

stated_rates as (
    select
        r.jurisdiction_code,
        r.jurisdiction_name,
        f.report_id,
        coalesce(i.indicator_id, m.metric_id) as indicator_id,
        coalesce(i.name_zh, m.name_zh) as name_zh,
        coalesce(i.name_en, m.name_en) as name_en,
        coalesce(i.dimension_id, m.dimension_id) as dimension_id,
        f.value,
        m.unit,
        coalesce(i.higher_is_better, m.higher_is_better) as higher_is_better,
        f.qualifier is not null as inexact,
        f.variant,
        true as stated,
        false as zero_denominator,
        f.qualifier,
        f.scope as other_scope
    from figures as f
    join reports as r on r.report_id = f.report_id and r.report_year = year and f.period = year
    join metrics as m on m.metric_id = f.metric_id and m.unit = '%' and m.metric_id like '%\_stated' escape '\'
    left join indicators as i on i.stated_metric_id = f.metric_id
    where not exists (
            select 1 from computed as c
            where c.report_id = f.report_id and c.indicator_id = i.indicator_id and c.value is not null
        )
        -- a part's rate only where the report states none of the whole (nor does its computed value exist, above)
        and (f.scope is null or not exists (
            select 1 from figures as w
            where w.report_id = f.report_id and w.metric_id = f.metric_id and w.period = f.period and w.scope is null
        ))
    -- one part's rate a report and metric: the first scope by name, so that a jurisdiction is one row
    qualify f.scope is null or row_number() over (partition by f.report_id, f.metric_id order by f.scope, f.value) = 1
),

chosen as (
    select
        v.* exclude (report_id),
        j.level,
        focus <> '' and j.level is distinct from f.level as other_level,
        r.part_of_year
    from (select * from computed union all by name select * from stated_rates) as v
    join jurisdictions as j on j.jurisdiction_code = v.jurisdiction_code
    join reports as r on r.report_id = v.report_id
    cross join focus_level as f
    where (
            v.jurisdiction_code = focus
            or (len(chosen_codes) > 0 and list_contains(chosen_codes, v.jurisdiction_code))
            or (len(chosen_codes) = 0 and (focus = '' or j.level = f.level))
        )
),

counted as (
    select
        *,
        count(value) filter (where other_scope is null) over (partition by indicator_id) as peers,
        count(value) filter (where not inexact and part_of_year is null and not other_level and other_scope is null)
            over (partition by indicator_id) as exact_peers
    from chosen
),

final as (
    select
        *,
        higher_is_better is not null and exact_peers >= 3 as rankable,
        case when higher_is_better is not null and exact_peers >= 3 and not inexact and part_of_year is null
                and not other_level and other_scope is null and value is not null
            then rank() over (
                partition by indicator_id,
                    inexact or part_of_year is not null or other_level or other_scope is not null or value is null
                order by case when higher_is_better = false then value else -value end
            ) end as rank,
        case
            when higher_is_better is null then 'no better direction: distribution only'
            when exact_peers < 3 then 'fewer than three comparable jurisdictions: not ranked'
            when higher_is_better then 'higher is better'
            else 'lower is better'
        end as rank_order
    from counted
)

select * from final
