-- Where $focus stands among its peers ($year; $jurisdictions, empty = every loaded jurisdiction of
-- its administrative level) on each indicator: the number of peers with a value, its rank where one
-- is meaningful (peer_ranked: a better direction and at least three peers), and the spread of the
-- peers' values (min, quartiles, max), so a chart stays one row per indicator. `comparison_zh` says
-- in one phrase why an indicator is not ranked.
with ranked as (
    select * from peer_ranked($year, $jurisdictions::varchar[], $focus)
),

spread as (
    select
        indicator_id,
        any_value(name_zh) as name_zh,
        any_value(name_en) as name_en,
        any_value(dimension_id) as dimension_id,
        any_value(unit) as unit,
        any_value(rank_order) as rank_order,
        bool_and(rankable) as rankable,
        any_value(higher_is_better) as higher_is_better,
        -- peers with a value: one whose figures are over a denominator of zero is named, not counted (peer_ranked)
        count(value) filter (where other_scope is null) as peers,
        count(value) filter (where not inexact and part_of_year is null and not other_level and other_scope is null)
            as exact_peers,
        -- the peers stating a rate only of a part of their jurisdiction (peer_ranked's other_scope): named, never ranked
        count(value) filter (where other_scope is not null and jurisdiction_code <> $focus) as other_scope_peers,
        -- the named peers of another level than the focus's: shown with their level, neither ranked nor in the spread
        count(value) filter (where other_level) as other_level_peers,
        count(value) filter (where not other_level and other_scope is null) as level_peers,
        -- the other peers whose report covers part of its year: shown with their period, not ranked (peer_ranked)
        count(value) filter (where part_of_year is not null and jurisdiction_code <> $focus) as part_year_peers,
        count(distinct coalesce(part_of_year, '')) filter (where not other_level and other_scope is null and value is not null)
            > 1 as mixed_periods,
        min(value) filter (where not other_level and other_scope is null) as min_value,
        quantile_cont(value, 0.25) filter (where not other_level and other_scope is null) as q1,
        median(value) filter (where not other_level and other_scope is null) as median,
        -- a median over values computed from bounds or approximate figures is itself approximate; only over those it is
        -- taken from: 北京市's ≥ 98% named beside two counties (qa36) is not in their median, nor does it make it ≈
        bool_or(inexact) filter (where not other_level and other_scope is null) as any_inexact,
        -- peers of two compositions of the rate (the report's own 纠错 beside the catalog's 撤销 + …): no one median
        count(distinct coalesce(variant, '')) filter (where not other_level and other_scope is null and value is not null)
            > 1 as mixed_variants,
        quantile_cont(value, 0.75) filter (where not other_level and other_scope is null) as q3,
        max(value) filter (where not other_level and other_scope is null) as max_value,
        -- every peer ranked first, in code order: ties share rank 1, and arg_min would pick one of them at random
        string_agg(jurisdiction_name, '、' order by jurisdiction_code) filter (where rankable and rank = 1) as leader,
        -- equal values in code order: ordered by value alone, ties came in the stored tables' order, which
        -- differs from build to build
        string_agg(jurisdiction_name || ' ' || coalesce(number_text(value, qualifier) || unit, '无法计算（分母为零）')
            || coalesce('（口径：' || variant || '）', '') || coalesce('（' || part_of_year || '）', '')
            || case when other_level then '（' || level_zh(level) || '，不同级）' else '' end
            -- a report's own claim standing in for an indicator its parts do not give (peer_ranked's `stated`)
            || case when stated and not suffix(indicator_id, '_stated') then '（报告所述）' else '' end
            -- a part's rate names the part (peer_ranked's other_scope)
            || coalesce('（' || other_scope || '，范围不同）', ''), '；'
            order by value desc nulls last, jurisdiction_code) as values_side_by_side
    from ranked
    group by indicator_id
),

final as (
    select
        s.indicator_id,
        s.name_zh,
        s.name_en,
        f.value,
        number_text(f.value, f.qualifier) as value_text,
        s.unit,
        f.rank,
        s.peers,
        s.exact_peers,
        s.rankable,
        -- share of the other peers this jurisdiction ranks ahead of (1 = ahead of all)
        case when s.rankable and f.rank is not null then (s.exact_peers - f.rank) / (s.exact_peers - 1) end as ahead_of_share,
        s.min_value,
        s.q1,
        s.median,
        -- ≈ where a peer's value comes from a bound (开办企业时限压缩率 ≈ 65%: its median is not an exact 65.00);
        -- over one value there is none: 罗平县 alone in 云南省 (trial 28) read its own 9.38 as its peers' median
        case
            -- 同级 where a named peer of another level has a value too: 有数值的辖区数 2 beside 只有一个数值 read as a slip
            when s.level_peers = 1 then '—（只有一个' || if(s.other_level_peers > 0, '同级', '') || '数值，无中位数）'
            when s.mixed_variants then '—（口径不同，无中位数）'
            when s.mixed_periods then '—（期间不同，无中位数）'
            else number_text(s.median, case when s.any_inexact then 'from_bounds' end)
        end as median_text,
        s.q3,
        s.max_value,
        s.leader,
        s.values_side_by_side,
        s.rank_order,
        f.part_of_year,
        s.part_year_peers,
        s.other_level_peers,
        s.other_scope_peers,
        case
            when f.zero_denominator then '分母为零，无法计算'
            -- the focus has no value where its peers are ranked: not one computed from bounds, as this read (qa38)
            when f.jurisdiction_code is null then '本辖区无数值，不排名'
            when f.other_scope is not null then '只有' || f.other_scope || '的数值，范围不同，不排名'
            when f.part_of_year is not null then '只涵盖' || f.part_of_year || '，不与全年排名'
            when s.higher_is_better is null then '无优劣方向，只看分布'
            when not s.rankable then '不足三个可比辖区，不排名'
            when f.rank is null then '由约数或上下限算得，不排名'
            else '第' || f.rank || '/' || s.exact_peers || '名'
        end as comparison_zh
    from spread as s
    join dimensions as d on d.dimension_id = s.dimension_id
    left join ranked as f on f.indicator_id = s.indicator_id and f.jurisdiction_code = $focus
    -- an indicator no peer has a value of is no row, as before peer_ranked named the zero denominators
    where s.peers > 0 or f.other_scope is not null
    order by d.position, s.indicator_id
)

select * from final
