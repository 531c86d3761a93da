-- The reports' metadata as a DuckDB table for the checks, copied once from the frame Python read (every
-- query that reads a registered pandas frame converts it again). The texts are left out: no check reads
-- them (Python searches the quotes in the frame's texts, raw/quote_positions.py), and build/report_text_rows.sql
-- writes them into report_texts straight from the frame, a part a commit, where a temporary copy of their
-- 150-230 MB was made first.
create or replace temp table raw_reports as
select * exclude (text) from raw_reports_frame;
