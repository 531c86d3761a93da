-- Where each jurisdiction with a report of $year sits: its level in words and the names of the province and
-- the parent above it ('' for a province). A batch index of 2,850 counties lists same-named ones (通州区 of
-- 北京市 and of 南通市; 鼓楼区 of four cities): the code alone does not tell a reader which is which.
select
    j.jurisdiction_code,
    level_zh(j.level) as level_zh,
    concat_ws(' ', nullif(province.name_zh, j.name_zh),
              case when parent.jurisdiction_code <> j.province_code then parent.name_zh end) as within_zh
from jurisdictions as j
left join jurisdictions as province on province.jurisdiction_code = j.province_code
left join jurisdictions as parent on parent.jurisdiction_code = j.parent_code
where j.jurisdiction_code in (select jurisdiction_code from reports where report_year = $year)
order by j.jurisdiction_code
