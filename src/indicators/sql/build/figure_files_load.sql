-- The report id of each figures file build/figure_files_write.sql wrote, read in the helper process.
select file_idx, report_id
from read_parquet($file);
