-- The reports with their texts as a DuckDB table, copied once from the frame Python read: every
-- query that reads a registered pandas frame converts its 150-230 MB of text again.
create or replace temp table raw_reports as
select * from raw_reports_frame;
