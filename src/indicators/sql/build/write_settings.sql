-- How the build writes its tables: text columns compressed with zstd, without DuckDB's analysis of
-- every candidate method per segment. On the national benchmark corpus (3.8 M quotes, 229 MB of report
-- texts) that analysis made writing the figures and report_texts tables take 27-30 s against 6-8 s,
-- for a file of about the same size (255 MB against 261 MB). Columns zstd cannot hold keep the default.
pragma force_compression = 'zstd';
