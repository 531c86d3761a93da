-- The layout fingerprint the attached database records (read/stamp.py); no row or no table: built before stamps.
select layout_fingerprint from build_stamp;
