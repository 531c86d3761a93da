-- The peers of $focus for $year when a page compares it within its region ($within: 'province' or
-- 'prefecture'): the jurisdictions of its administrative level in the same province, or under the same parent
-- (a city's counties), that have a report of $year; the focus is always among them. region_name names the
-- region for the page's sentence (广东省, 肇庆市), the code itself when the catalog does not list it.
with focus as (
    select
        level,
        if($within = 'province', province_code, parent_code) as region_code
    from jurisdictions
    where jurisdiction_code = $focus
),

final as (
    select
        j.jurisdiction_code,
        coalesce(r.name_zh, f.region_code) as region_name
    from jurisdictions as j
    cross join focus as f
    left join jurisdictions as r on r.jurisdiction_code = f.region_code
    where j.level = f.level
        and if($within = 'province', j.province_code, j.parent_code) = f.region_code
        and (j.jurisdiction_code = $focus
            or j.jurisdiction_code in (select jurisdiction_code from reports where report_year = $year))
)

select * from final
order by jurisdiction_code
