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
-- A table macro, not a view, because the peers are parameters; window functions keep it one pass
-- over indicator_values. Used by analysis/peer_ranks.sql and analysis/peer_standing.sql.
create or replace macro peer_ranked(year, chosen_codes, focus) as table
with focus_level as (
    select any_value(level) as level
    from jurisdictions
    where jurisdiction_code = focus
),

chosen as (
    select
        v.jurisdiction_code,
        v.jurisdiction_name,
        j.level,
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
        r.part_of_year
    from indicator_values as v
    join jurisdictions as j on j.jurisdiction_code = v.jurisdiction_code
    join reports as r on r.report_id = v.report_id
    left join indicator_variants(null) as w on w.report_id = v.report_id and w.indicator_id = v.indicator_id
    cross join focus_level as f
    where v.report_year = year
        and v.value is not null
        and (
            v.jurisdiction_code = focus
            or (len(chosen_codes) > 0 and list_contains(chosen_codes, v.jurisdiction_code))
            or (len(chosen_codes) = 0 and (focus = '' or j.level = f.level))
        )
),

counted as (
    select
        *,
        count(*) over (partition by indicator_id) as peers,
        count(*) filter (where not inexact and part_of_year is null) over (partition by indicator_id) as exact_peers
    from chosen
),

final as (
    select
        *,
        higher_is_better is not null and exact_peers >= 3 as rankable,
        case when higher_is_better is not null and exact_peers >= 3 and not inexact and part_of_year is null
            then rank() over (
                partition by indicator_id, inexact or part_of_year is not null
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
