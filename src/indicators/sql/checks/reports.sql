-- Refusals of report metadata against the jurisdictions catalog and the report's year. Each names the meta.yml
-- line of its field (a seventh column, `line`: raw/reports.py records each field's line in meta_lines), as the
-- other meta.yml refusals do: the name and id mismatches named the file alone.
-- Its 'no such jurisdiction in …' is the one wording of raw/references.py's no_such, written out here: the
-- reference query (checks/references/reference.sql, which takes no_such's message) names one catalog file and no
-- line per reference, where a meta.yml refusal names each report's own file and line.
select
    'unknown-jurisdiction' as code,
    r.meta_file as file,
    null as row,
    'jurisdiction_code' as field,
    r.jurisdiction_code as value,
    'no such jurisdiction in ' || getvariable('raw_folder') || 'catalog/jurisdictions.csv' as message,
    cast(r.meta_lines ->> 'jurisdiction_code' as integer) as line
from raw_reports as r
anti join raw_jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
union all
select 'name-mismatch', r.meta_file, null, 'jurisdiction_name', r.jurisdiction_name,
    'differs from the catalog name "' || j.name_zh || '"', cast(r.meta_lines ->> 'jurisdiction_name' as integer)
from raw_reports as r
join raw_jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
where r.jurisdiction_name <> j.name_zh
union all
select 'id-mismatch', r.meta_file, null, 'report_id', r.report_id,
    'is not jurisdiction_code-report_year ("' || r.jurisdiction_code || '-' || r.report_year || '")',
    cast(r.meta_lines ->> 'report_id' as integer)
from raw_reports as r
where r.report_id <> r.jurisdiction_code || '-' || r.report_year
union all
-- a report on a year is signed and published once that year has begun: a date before it is a typo
-- (2014 for 2025) that the summary's source line would print as the report's own
select 'date-before-year', r.meta_file, null, d.field, d.value,
    'is before ' || r.report_year || ', the year the report is about', cast(r.meta_lines ->> d.field as integer)
from raw_reports as r,
    unnest([
        {'field': 'signed_date', 'value': r.signed_date},
        {'field': 'published_date', 'value': r.published_date}
    ]) as u(d)
where coalesce(d.value, '') <> ''
    and try_cast(r.report_year as integer) is not null
    and year(try_cast(d.value as date)) < try_cast(r.report_year as integer)
union all
select 'signed-after-published', r.meta_file, null, 'signed_date', r.signed_date,
    'is after published_date ' || r.published_date || ': a report is signed before it is published',
    cast(r.meta_lines ->> 'signed_date' as integer)
from raw_reports as r
where coalesce(r.signed_date, '') <> ''
    and coalesce(r.published_date, '') <> ''
    and try_cast(r.signed_date as date) > try_cast(r.published_date as date)
    -- a published date before the year is refused above, once
    and year(try_cast(r.published_date as date)) >= try_cast(r.report_year as integer)
