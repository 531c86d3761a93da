-- One row when some jurisdiction has a report for $year (compared as text).
select 1
from reports
where cast(report_year as varchar) = $year
limit 1
