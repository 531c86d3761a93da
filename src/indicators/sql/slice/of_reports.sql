-- The rows of one jurisdiction's reports ($jurisdiction) of a table keyed by report (figures, texts).
insert into "{table}"
select *
from source."{table}"
where report_id in (select report_id from source.reports where jurisdiction_code = $jurisdiction);
