-- Rank of every peer on every indicator that can be ranked in one year ($year; $jurisdictions, an
-- empty list meaning every jurisdiction of $focus's level), from the peer_ranked macro
-- (80_peer_ranked.sql): an indicator without a better direction or with fewer than three peers
-- has no row. $top limits the rows kept per indicator (0 keeps all); $focus's row is always kept.
with ranked as (
    select * from peer_ranked($year, $jurisdictions::varchar[], $focus)
),

final as (
    select
        r.indicator_id,
        r.name_zh,
        r.name_en,
        r.rank,
        r.peers,
        -- the peers the rank is among: 2nd beside 有数值的辖区数 5 read as 第2/5 where the standing said 第2/4名, a bound,
        -- another level, a part of the year or a part's rate being shown but not ranked (qa51)
        r.exact_peers as ranked_peers,
        r.jurisdiction_code,
        -- a report's own claim standing in for an indicator its parts do not give is marked as the standing table marks
        -- it: qa38's 高要区 (网上全流程办理率达75%, no counts) was third among the leaders as a bare 75.00 (peer_ranked's `stated`)
        r.jurisdiction_name || if(r.stated and not suffix(r.indicator_id, '_stated'), '（报告所述）', '') as jurisdiction_name,
        r.value,
        r.unit,
        r.rank_order,
        r.jurisdiction_code = $focus as is_focus
    from ranked as r
    join dimensions as d on d.dimension_id = r.dimension_id
    where r.rankable and r.rank is not null and ($top = 0 or r.rank <= $top or r.jurisdiction_code = $focus)
    order by d.position, r.indicator_id, r.rank, r.jurisdiction_code
)

select * from final
