-- One commit's report texts into report_texts (build/report_texts.sql), from the part of the reports' frame
-- the build registered on the texts' cursor (build.write_report_texts says why in parts).
insert into report_texts
select report_id, text
from raw_reports_frame;
