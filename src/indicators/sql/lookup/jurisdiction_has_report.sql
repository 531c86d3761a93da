-- One row when $jurisdiction has at least one report.
select 1
from reports
where jurisdiction_code = $jurisdiction
limit 1
