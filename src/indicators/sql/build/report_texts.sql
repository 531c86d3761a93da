-- The report texts' table, filled by build/report_text_rows.sql on the cursor that writes them while the
-- connection derives the relations (build.write_report_texts): raw_reports holds no texts
-- (build/reports_table.sql), and no derived relation reads them. zstd, as 01_tables.sql says why.
create table report_texts (report_id varchar, text varchar using compression zstd);
