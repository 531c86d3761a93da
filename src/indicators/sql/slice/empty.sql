-- A table the slice fills per jurisdiction, created empty in the shared base (its columns are
-- there for the macros that name it).
create table "{table}" as select * from source."{table}" limit 0;
