-- How many figures have been curated from the report of $jurisdiction in $year (0 when its text was
-- added without a figures file): a page or command must not say "the report does not state" a figure
-- of a report nobody has read for figures yet.
select count(f.report_id) as figures
from reports as r
left join figures as f on f.report_id = r.report_id
where r.jurisdiction_code = $jurisdiction
    and cast(r.report_year as varchar) = $year
