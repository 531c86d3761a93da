-- The rows of one jurisdiction ($jurisdiction) of a derived table.
create table "{table}" as
select *
from source."{table}"
where jurisdiction_code = $jurisdiction;
