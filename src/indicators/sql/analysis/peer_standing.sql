-- Where $focus stands among the chosen jurisdictions ($year; $jurisdictions, empty = all) on each
-- indicator: its rank, the number of peers, the share of peers it beats, and the spread of the
-- peers' values (min, quartiles, max) so that a chart stays one row per indicator however many
-- jurisdictions are loaded. Ranks come from the peer_ranked macro (80_peer_ranked.sql).
with ranked as (
    select * from peer_ranked($year, $jurisdictions::varchar[])
),

spread as (
    select
        indicator_id,
        any_value(name_zh) as name_zh,
        any_value(name_en) as name_en,
        any_value(dimension_id) as dimension_id,
        any_value(unit) as unit,
        any_value(rank_order) as rank_order,
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
        s.rank_order
    from spread as s
    join dimensions as d on d.dimension_id = s.dimension_id
    left join ranked as f on f.indicator_id = s.indicator_id and f.jurisdiction_code = $focus
    order by d.position, s.indicator_id
)

select * from final
