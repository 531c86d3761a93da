-- Drop the stored table {view} of an earlier derivation before its view is defined again.
drop table if exists "{view}";
