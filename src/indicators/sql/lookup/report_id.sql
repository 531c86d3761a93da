-- The report of $jurisdiction in $year (the year compared as text, so "2017" and 2017 both match).
select report_id
from reports
where jurisdiction_code = $jurisdiction
    and cast(report_year as varchar) = $year
