-- indicator_values of every jurisdiction in the batch's year ($year): the peer pages rank a
-- jurisdiction among them. Written once per batch, into the part every slice shares.
create table "{table}" as
select *
from source."{table}"
where report_year = $year;
