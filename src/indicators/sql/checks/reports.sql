-- Refusals of report metadata against the jurisdictions catalog.
select
    'unknown-jurisdiction' as code,
    r.meta_file as file,
    null as row,
    'jurisdiction_code' as field,
    r.jurisdiction_code as value,
    'no such jurisdiction in data/raw/catalog/jurisdictions.csv' as message
from raw_reports as r
anti join raw_jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
union all
select 'name-mismatch', r.meta_file, null, 'jurisdiction_name', r.jurisdiction_name,
    'differs from the catalog name "' || j.name_zh || '"'
from raw_reports as r
join raw_jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
where r.jurisdiction_name <> j.name_zh
union all
select 'id-mismatch', r.meta_file, null, 'report_id', r.report_id,
    'is not jurisdiction_code-report_year ("' || r.jurisdiction_code || '-' || r.report_year || '")'
from raw_reports as r
where r.report_id <> r.jurisdiction_code || '-' || r.report_year
