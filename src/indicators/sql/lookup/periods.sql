-- Every period $jurisdiction has a figure or a report for.
with final as (
    select period
    from metric_values
    where jurisdiction_code = $jurisdiction
    union
    select report_year
    from reports
    where jurisdiction_code = $jurisdiction
)

select * from final
order by period
