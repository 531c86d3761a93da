-- Every year with a loaded report, of $jurisdiction only when it is not null.
select distinct report_year
from reports
where $jurisdiction is null or jurisdiction_code = $jurisdiction
order by report_year
