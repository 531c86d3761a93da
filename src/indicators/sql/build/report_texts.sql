-- The report texts, from the frame the build registered on the cursor that writes them while the
-- connection derives the relations (build.write_report_texts): raw_reports holds no texts
-- (build/reports_table.sql), and no derived relation reads them. zstd, as 01_tables.sql says why.
create table report_texts (report_id varchar, text varchar using compression zstd);

insert into report_texts
select report_id, text
from raw_reports_frame;
