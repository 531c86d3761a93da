-- Each figure's row id, file index and quote, written for the build's helper process, which searches
-- them (raw/quote_positions.py): DuckDB writes them on every core, and no quote becomes a Python string
-- in the build's process. Snappy: cheaper to write than no compression (fewer bytes) or zstd.
copy (
    select rowid as figure_rowid, file_idx, quote
    from raw_figures
) to $file (format parquet, compression snappy);
