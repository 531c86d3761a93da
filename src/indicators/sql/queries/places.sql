-- Where each jurisdiction with a report of $year sits: its level in words and the names of the province and
-- the parent above it ('' for a province). A batch index of 2,850 counties lists same-named ones (通州区 of
-- 北京市 and of 南通市; 鼓楼区 of four cities): the code alone does not tell a reader which is which.
-- And how many figures have been curated from its report (0 for a text added without a figures file), which
-- the index says in words: one query for the whole batch, where each jurisdiction's task opened the database
-- once more to count them.
with counted as (
    select r.jurisdiction_code, count(f.report_id) as figures
    from reports as r
    left join figures as f on f.report_id = r.report_id
    where r.report_year = $year
    group by r.jurisdiction_code
)
select
    j.jurisdiction_code,
    level_zh(j.level) as level_zh,
    concat_ws(' ', nullif(province.name_zh, j.name_zh),
              case when parent.jurisdiction_code <> j.province_code then parent.name_zh end) as within_zh,
    counted.figures
from counted
join jurisdictions as j on j.jurisdiction_code = counted.jurisdiction_code
left join jurisdictions as province on province.jurisdiction_code = j.province_code
left join jurisdictions as parent on parent.jurisdiction_code = j.parent_code
order by j.jurisdiction_code
