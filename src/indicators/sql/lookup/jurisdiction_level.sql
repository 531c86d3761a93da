-- A jurisdiction's Chinese name and administrative level, for sentences of a page.
select
    name_zh,
    level
from jurisdictions
where jurisdiction_code = ?
