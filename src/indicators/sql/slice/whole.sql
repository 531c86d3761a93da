-- A table the slice keeps whole: catalogs, and the list of jurisdictions and reports (lookups name
-- what is loaded, and a page's headings name places other than its own).
create table "{table}" as select * from source."{table}";
