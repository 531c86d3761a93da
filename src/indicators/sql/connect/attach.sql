-- Attach the built database file (bound as the one parameter) read-only under the fresh name {alias},
-- and make it the default database of this cursor, so that queries name its tables unqualified.
attach ? as {alias} (read_only);
