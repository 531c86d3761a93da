-- Refusals of a jurisdiction whose province or parent is held (raw/references.csv checks that) but is not its
-- own: GB/T 2260 codes nest, a code's first two digits naming its province (45 of 450321: 450000, 广西) and a
-- county's first four its prefecture (4503 of 450321). A Guangxi county entered with province_code 440000 (广东)
-- was built, and its figures ranked among Guangdong's counties.
select
    'province-code-mismatch' as code,
    getvariable('raw_folder') || 'catalog/jurisdictions.csv' as file,
    j._row as row,
    'province_code' as field,
    j.province_code as value,
    'is not the province of ' || j.jurisdiction_code || ', whose first two digits make it '
        || left(j.jurisdiction_code, 2) || '0000' as message
from raw_jurisdictions as j
where j.province_code <> left(j.jurisdiction_code, 2) || '0000'
    -- one not held is refused once, by raw/references.csv
    and j.province_code in (select h.jurisdiction_code from raw_jurisdictions as h)
union all
select 'parent-code-mismatch', getvariable('raw_folder') || 'catalog/jurisdictions.csv', j._row, 'parent_code', j.parent_code,
    'cannot hold ' || j.jurisdiction_code || ': a ' || j.level || '''s code starts with the first '
        || (case p.level when 'prefecture' then 'four' else 'two' end) || ' digits of the ' || p.level || ' over it'
from raw_jurisdictions as j
join raw_jurisdictions as p on p.jurisdiction_code = j.parent_code
where (p.level = 'prefecture' and left(p.jurisdiction_code, 4) <> left(j.jurisdiction_code, 4))
    or (p.level = 'province' and left(p.jurisdiction_code, 2) <> left(j.jurisdiction_code, 2))
order by row
