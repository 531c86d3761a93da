-- indicator_values: every year of one jurisdiction ($jurisdiction, for year on year), and every
-- jurisdiction of the batch's year ($year), whom the peer pages rank it among.
create table "{table}" as
select *
from source."{table}"
where jurisdiction_code = $jurisdiction or report_year = $year;
