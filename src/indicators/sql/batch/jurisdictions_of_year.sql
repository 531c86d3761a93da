-- Every jurisdiction with a report for the year $year, with the base period of its year-on-year
-- notebook: the latest earlier period it has a figure or a report for (the year itself when none).
with periods as (
    select
        jurisdiction_code,
        period
    from metric_values
    union
    select
        jurisdiction_code,
        report_year
    from reports
),

earlier as (
    select
        jurisdiction_code,
        max(period) as base_period
    from periods
    where period < $year
    group by jurisdiction_code
),

final as (
    select
        r.jurisdiction_code,
        j.name_zh,
        coalesce(e.base_period, r.report_year) as base_period
    from reports as r
    join jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
    left join earlier as e on e.jurisdiction_code = r.jurisdiction_code
    where r.report_year = $year
)

select * from final
order by jurisdiction_code
