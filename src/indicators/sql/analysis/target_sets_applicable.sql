-- Target sets with at least one target that applies to the report of $jurisdiction/$year
-- (its province or national, and its administrative level): what a notebook may be asked for.
with final as (
    select
        g.target_set,
        s.name_zh,
        s.year,
        count(*) as targets,
        count(g.value) as targets_with_value
    from target_gaps as g
    join target_sets as s on s.target_set = g.target_set
    where g.jurisdiction_code = $jurisdiction
        and g.report_year = $year
    group by all
)

select * from final
order by year, target_set
