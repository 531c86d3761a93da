-- Rows with an empty metric_id: candidates of `indicators extract` not yet reviewed. Each is one
-- problem, and the cell checks leave it out.
select source_file, row_number, value, unit, quote
from raw_figures
where unreviewed
order by source_file, row_number;
