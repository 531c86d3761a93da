-- The Chinese name of $jurisdiction (no row when it is not in the catalog).
select name_zh
from jurisdictions
where jurisdiction_code = $jurisdiction
