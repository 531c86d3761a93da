-- Whether $jurisdiction has a report of $year from which no figure has been curated yet (its text added,
-- no figures file): a comparison with that year finds nothing because nobody has read it for figures, and a
-- page must say that rather than "no figure in both periods".
select count(*) > 0 as uncurated
from reports as r
where r.jurisdiction_code = $jurisdiction
    and cast(r.report_year as varchar) = $year
    and not exists (select 1 from figures as f where f.report_id = r.report_id)
