-- Rank of every chosen jurisdiction on every indicator in one year ($year; $jurisdictions, an
-- empty list meaning all loaded), from the peer_ranked macro (80_peer_ranked.sql). $top limits the
-- rows kept per indicator (0 keeps all); $focus's row is always kept.
with ranked as (
    select * from peer_ranked($year, $jurisdictions::varchar[])
),

final as (
    select
        r.indicator_id,
        r.name_zh,
        r.name_en,
        r.rank,
        r.peers,
        r.jurisdiction_code,
        r.jurisdiction_name,
        r.value,
        r.unit,
        r.rank_order,
        r.jurisdiction_code = $focus as is_focus
    from ranked as r
    join dimensions as d on d.dimension_id = r.dimension_id
    where $top = 0 or r.rank <= $top or r.jurisdiction_code = $focus
    order by d.position, r.indicator_id, r.rank, r.jurisdiction_code
)

select * from final
