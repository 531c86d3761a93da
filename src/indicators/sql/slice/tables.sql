-- The tables of the attached built database `source`, with the columns that decide how a
-- per-jurisdiction slice keeps their rows (batch_slice.py).
select
    t.table_name,
    bool_or(c.column_name = 'jurisdiction_code') as by_jurisdiction,
    bool_or(c.column_name = 'report_id') as by_report,
    bool_or(c.column_name = 'report_year') as has_year
from duckdb_tables() as t
join duckdb_columns() as c
    on c.database_name = t.database_name and c.schema_name = t.schema_name and c.table_name = t.table_name
where t.database_name = 'source' and t.schema_name = 'main'
group by t.table_name
order by t.table_name
