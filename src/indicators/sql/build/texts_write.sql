-- The report texts the helper process read (raw/helper_process.py), written for the build, whose
-- build/report_texts.sql reads them without turning them into Python strings. Snappy: 234 MB on
-- the national corpus, written and read once, cheaper than uncompressed or zstd (docs/benchmarks.md, speed19).
copy (
    select report_id, text
    from raw_reports_frame
) to $file (format parquet, compression snappy);
