-- The rows of one jurisdiction ($jurisdiction) of a derived table.
insert into "{table}"
select *
from source."{table}"
where jurisdiction_code = $jurisdiction;
