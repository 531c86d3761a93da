-- Replace the derived view {view} by a table of its rows sorted by jurisdiction, under the same
-- name (build.store_view says why). {view} is a view name read from our own sql/NN_*.sql files.
create table "{view}__stored" as select * from "{view}" order by jurisdiction_code;
drop view "{view}";
alter table "{view}__stored" rename to "{view}";
