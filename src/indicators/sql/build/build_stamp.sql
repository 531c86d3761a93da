-- The layout this package version builds (read.stamp.layout_fingerprint, bound as the one parameter),
-- which every reader compares with its own before reading (read/stamp.py).
create table build_stamp as select ?::varchar as layout_fingerprint;
