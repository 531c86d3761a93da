-- Every jurisdiction with a loaded report and its Chinese name: what an unknown code is told exists.
with final as (
    select distinct
        r.jurisdiction_code,
        j.name_zh
    from reports as r
    join jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
)

select * from final
order by jurisdiction_code
