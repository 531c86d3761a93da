-- The items of the 法治政府建设实施纲要（2015－2020年）(outline_items.csv) against one report
-- ($report_id): whether the report states a figure of the item's metrics for its year, the figures
-- it states, and the 纲要's words where they were retrieved. An item with no metric in the catalog
-- cannot be shown stated by a figure: `stated` is false and `measurable` says why. `in_force` is false for a
-- report year outside the years the 纲要 covers (from_year..to_year): a 2024 report is not read against it.
with stated as (
    select
        o.item_id,
        string_agg(m.name_zh || ' ' || number_text(f.value, f.qualifier) || f.unit, '；' order by f.quote_start)
            as figures
    from outline_items as o,
        unnest(o.metric_ids) as u(metric_id)
    join figures as f on f.metric_id = u.metric_id and f.report_id = $report_id
    join reports as r on r.report_id = f.report_id and f.period = r.report_year
    join metrics as m on m.metric_id = f.metric_id
    group by o.item_id
),

final as (
    select
        o.position,
        o.item_id,
        o.name_zh,
        o.name_en,
        s.figures is not null as stated,
        len(o.metric_ids) > 0 as measurable,
        s.figures,
        o.quote,
        o.source_url,
        o.note,
        o.from_year,
        o.to_year,
        r.report_year,
        r.report_year between o.from_year and o.to_year as in_force
    from outline_items as o
    cross join (select report_year from reports where report_id = $report_id) as r
    left join stated as s on s.item_id = o.item_id
)

select * from final
order by position
