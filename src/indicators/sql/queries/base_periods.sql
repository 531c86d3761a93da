-- The base period of the year-on-year notebook for every report of $year (or only that of
-- $jurisdiction when it is not null): the latest earlier period the jurisdiction has a figure or a
-- report for, the year itself when none. The one definition, for `indicators run` and `run --all`.
with periods as (
    select
        jurisdiction_code,
        period
    from metric_values
    where $jurisdiction is null or jurisdiction_code = $jurisdiction
    union
    select
        jurisdiction_code,
        report_year
    from reports
    where $jurisdiction is null or jurisdiction_code = $jurisdiction
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
        and ($jurisdiction is null or r.jurisdiction_code = $jurisdiction)
)

select * from final
order by jurisdiction_code
