-- Rank of every chosen jurisdiction on every indicator in one year ($year; $jurisdictions, an
-- empty list meaning all loaded). Rank 1 is the best value where the catalog says which direction
-- is better, else the highest value (rank_order says which). Window functions keep this one pass
-- over indicator_values however many jurisdictions are loaded. $top limits the rows kept per
-- indicator (0 keeps all); $focus's row is always kept.
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
        rank() over (
            partition by indicator_id
            -- lower is better only where the catalog says so; neutral indicators rank by value
            order by case when higher_is_better = false then value else -value end
        ) as rank,
        count(*) over (partition by indicator_id) as peers,
        case
            when higher_is_better then 'higher is better'
            when higher_is_better = false then 'lower is better'
            else 'by value (no better direction in the catalog)'
        end as rank_order
    from chosen
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
