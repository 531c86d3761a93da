-- Where $focus stands among the chosen jurisdictions ($year; $jurisdictions, empty = all) on each
-- indicator: its rank, the number of peers, the share of peers it beats, and the spread of the
-- peers' values (min, quartiles, max) so that a chart stays one row per indicator however many
-- jurisdictions are loaded. Rank 1 is the best value (see peer_ranks.sql for the order).
with chosen as (
    select
        v.jurisdiction_code,
        v.jurisdiction_name,
        v.indicator_id,
        v.name_zh,
        v.name_en,
        v.dimension_id,
        v.value,
        v.unit,
        v.higher_is_better
    from indicator_values as v
    where v.report_year = $year
        and v.value is not null
        and (len($jurisdictions::varchar[]) = 0 or list_contains($jurisdictions::varchar[], v.jurisdiction_code))
),

ranked as (
    select
        *,
        rank() over w as rank,
        count(*) over (partition by indicator_id) as peers
    from chosen
    window w as (partition by indicator_id order by case when higher_is_better = false then value else -value end)
),

spread as (
    select
        indicator_id,
        any_value(name_zh) as name_zh,
        any_value(name_en) as name_en,
        any_value(dimension_id) as dimension_id,
        any_value(unit) as unit,
        any_value(higher_is_better) as higher_is_better,
        count(*) as peers,
        min(value) as min_value,
        quantile_cont(value, 0.25) as q1,
        median(value) as median,
        quantile_cont(value, 0.75) as q3,
        max(value) as max_value,
        arg_min(jurisdiction_name, rank) as leader
    from ranked
    group by indicator_id
),

final as (
    select
        s.indicator_id,
        s.name_zh,
        s.name_en,
        f.value,
        s.unit,
        f.rank,
        s.peers,
        -- share of the other peers this jurisdiction ranks ahead of (1 = ahead of all)
        case when s.peers > 1 then (s.peers - f.rank) / (s.peers - 1) end as ahead_of_share,
        s.min_value,
        s.q1,
        s.median,
        s.q3,
        s.max_value,
        s.leader,
        case
            when s.higher_is_better then 'higher is better'
            when s.higher_is_better = false then 'lower is better'
            else 'by value (no better direction in the catalog)'
        end as rank_order
    from spread as s
    join dimensions as d on d.dimension_id = s.dimension_id
    left join ranked as f on f.indicator_id = s.indicator_id and f.jurisdiction_code = $focus
    order by d.position, s.indicator_id
)

select * from final
