-- Every year with a loaded report.
select distinct report_year
from reports
order by report_year
