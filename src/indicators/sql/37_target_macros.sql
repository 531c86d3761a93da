-- Whether a target's document was issued after the report's year (a 2013 report against a 2015 document): the
-- target page and the export say so rather than that the report omits it; in one place for both. A file of macros
-- only, so that a batch's slice (publish/batch_slice.py) defines it again as the build does.
create or replace macro issued_after_report(issued, report_year) as
    coalesce(try_cast(left(issued, 4) as integer) > report_year, false);
