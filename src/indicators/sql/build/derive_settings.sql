-- How the build writes the derived tables: DuckDB's own choice of compression per column again. The
-- forced zstd of write_settings.sql pays off on the long texts of figures and report_texts; the derived
-- tables hold short, repeated texts (ids, codes, statuses, rule descriptions), which dictionary and
-- FSST compression hold in half the space (159 MB against 330 MB on the national benchmark corpus)
-- for no more CPU time.
pragma force_compression = 'auto';
