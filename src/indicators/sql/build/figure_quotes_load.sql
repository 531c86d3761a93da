-- The quotes build/figure_quotes_write.sql wrote, read in the helper process for the search.
select figure_rowid, file_idx, quote
from read_parquet($file);
