-- peer_ranked(year, jurisdictions): every chosen jurisdiction's value on every indicator in one
-- year, ranked among the chosen ones (an empty list means every jurisdiction loaded). Rank 1 is the
-- best value where the catalog says which direction is better, else the highest value (rank_order
-- says which). A table macro, not a view, because the peers are a parameter; window functions
-- keep it one pass over indicator_values however many jurisdictions are loaded. Used by
-- analysis/peer_ranks.sql (the leaders) and analysis/peer_standing.sql (where one stands).
create or replace macro peer_ranked(year, jurisdictions) as table
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
    where v.report_year = year
        and v.value is not null
        and (len(jurisdictions) = 0 or list_contains(jurisdictions, v.jurisdiction_code))
),

final as (
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
)

select * from final
