-- The report id of each figures file, by file index, written for the build's helper process beside the
-- quotes (build/figure_quotes_write.sql): a file, since the pipe to the helper may be full while it reads.
copy (
    select file_idx, report_id
    from figure_names
) to $file (format parquet, compression snappy);
