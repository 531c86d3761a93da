-- The built database (bound as the one parameter) a slice is copied from, read-only.
attach ? as source (read_only);
