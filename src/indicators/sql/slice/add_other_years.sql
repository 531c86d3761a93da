-- A jurisdiction's ($jurisdiction) rows of the other years ($year is in already), for its year on year.
insert into "{table}"
select *
from source."{table}"
where jurisdiction_code = $jurisdiction and report_year <> $year;
