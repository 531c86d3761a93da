-- Which of the codes in the list $codes have a loaded report.
select distinct jurisdiction_code
from reports
where list_contains($codes, jurisdiction_code)
