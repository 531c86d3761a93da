-- The report a page reads ($report_id): title, issuer and dates, for the line that names the source.
select
    title,
    issuer,
    strftime(signed_date, '%Y-%m-%d') as signed_date,
    strftime(published_date, '%Y-%m-%d') as published_date
from reports
where report_id = $report_id
