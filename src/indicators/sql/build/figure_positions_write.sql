-- The position of each quote the helper process found (raw/quote_positions.py), written for the build.
copy (
    select figure_rowid, quote_at
    from figure_quote_frame
) to $file (format parquet, compression snappy);
