-- Whether a target's document was issued after the report's year (a 2013 report against a 2015 document): the
-- target page and the export say so rather than that the report omits it; in one place for both. A file of macros
-- only, so that a batch's slice (publish/batch_slice.py) defines it again as the build does.
create or replace macro issued_after_report(issued, report_year) as
    coalesce(try_cast(left(issued, 4) as integer) > report_year, false);

-- the status a reader is shown for a target: `not reported` only where the report's year asked for the figure; a
-- target of a later document is `issued after the report year` (the export's code, the target page's words)
create or replace macro shown_target_status(status, issued, report_year) as
    if(status = 'not reported' and issued_after_report(issued, report_year), 'issued after the report year', status);
