-- The reports' metadata as a DuckDB table for the checks, copied once from the frame the helper process
-- read (every query that reads a registered pandas frame converts it again). The frame holds no texts:
-- no check reads them (the helper searches the quotes in them, raw/quote_positions.py), and
-- build/report_texts.sql writes them into report_texts from the helper's file.
create or replace temp table raw_reports as
select * from raw_reports_frame;
