-- Make the attached {alias} the default database of this cursor.
use {alias};
