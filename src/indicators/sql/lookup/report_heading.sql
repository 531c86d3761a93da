-- What a page says under its heading about the report of $jurisdiction in $year, read in one query: how many
-- figures were curated from it (0: none yet, so "报告未提供" below means not yet curated) and its title (a title
-- naming a part of the year, 2025年上半年…工作总结, or its meta.yml's covers, makes its figures that part's, not the
-- whole year's: reports.part_of_year).
select count(f.report_id) as figures, any_value(r.title) as title, any_value(r.part_of_year) as part
from reports as r
left join figures as f on f.report_id = r.report_id
where r.jurisdiction_code = $jurisdiction
    and cast(r.report_year as varchar) = $year
