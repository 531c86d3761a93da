-- The first 20 jurisdiction codes with a report: enough to show what exists without listing thousands.
select distinct jurisdiction_code
from reports
order by jurisdiction_code
limit 20
