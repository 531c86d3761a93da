-- One value per jurisdiction, metric and period, with its provenance.
-- When several reports state the same figure (a 2018 report restating 2017), the latest report wins.
create or replace view metric_values as
with ranked as (
    select
        r.jurisdiction_code,
        j.name_zh as jurisdiction_name,
        r.report_year,
        f.*,
        row_number() over (
            partition by r.jurisdiction_code, f.metric_id, f.period
            order by r.report_year desc
        ) as report_rank
    from figures as f
    join reports as r on r.report_id = f.report_id
    join jurisdictions as j on j.jurisdiction_code = r.jurisdiction_code
),

final as (
    select
        ranked.jurisdiction_code,
        ranked.jurisdiction_name,
        ranked.report_id,
        ranked.report_year,
        ranked.metric_id,
        m.name_zh,
        m.name_en,
        m.dimension_id,
        ranked.period,
        ranked.value,
        ranked.unit,
        ranked.qualifier,
        ranked.scope,
        ranked.variant,
        ranked.quote,
        ranked.quote_start,
        ranked.quote_end,
        ranked.note,
        ranked.source_file,
        ranked.row_number
    from ranked
    join metrics as m on m.metric_id = ranked.metric_id
    where ranked.report_rank = 1
)

select * from final
