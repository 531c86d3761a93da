-- The report texts, from the file the build's helper process wrote (raw/helper_process.py), on the
-- cursor that writes them while the connection derives the relations (build.write_report_texts): no
-- derived relation reads them. zstd, as 01_tables.sql says why.
-- A scan of a file shows DuckDB's progress bar on stdout after 2 s; a build prints nothing of its own.
set enable_progress_bar = false;

create table report_texts (report_id varchar, text varchar using compression zstd);

insert into report_texts
select report_id, text
from read_parquet($file);
