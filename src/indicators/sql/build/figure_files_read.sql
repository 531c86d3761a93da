-- The report id of each figures file, by file index, for raw/quote_positions.py.
select file_idx, report_id
from figure_names;
