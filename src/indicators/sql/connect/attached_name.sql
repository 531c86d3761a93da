-- The name under which this cursor's built database is attached (its default database).
select current_database()
