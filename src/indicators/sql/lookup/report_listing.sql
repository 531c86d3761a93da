-- Every loaded report with its jurisdiction's name: what an unknown jurisdiction or year is told exists.
with final as (
    select
        r.jurisdiction_code,
        j.name_zh,
        r.report_year,
        r.report_id
    from reports as r
    join jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
)

select * from final
order by jurisdiction_code, report_year
