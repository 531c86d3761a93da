-- The items of the 法治政府建设实施纲要（2015－2020年）(outline_items.csv) against one report
-- ($report_id): whether the report states a figure of the item's metrics (for its year, else for another
-- year, named), the figures it states, and the 纲要's words where they were retrieved. An item with no
-- metric in the catalog cannot be shown stated by a figure: `stated` is false and `measurable` says why. `in_force` is false for a
-- report year outside the years the 纲要 covers (from_year..to_year): a 2024 report is not read against it.
with item_figures as (
    select
        o.item_id,
        m.name_zh || ' ' || number_text(f.value, f.qualifier) || f.unit
            || if(f.period = r.report_year, '', '（' || f.period || '年）') as figure_text,
        f.quote_start,
        f.period = r.report_year as of_report_year
    from outline_items as o,
        unnest(o.metric_ids) as u(metric_id)
    join figures as f on f.metric_id = u.metric_id and f.report_id = $report_id
    join reports as r on r.report_id = f.report_id
    join metrics as m on m.metric_id = f.metric_id
),

-- an item's figures of the report year; where it has none, the ones of other years the report states, each
-- with its year (a 2015 report giving its power list of 2014 states the item: 报告未提供 would be untrue)
chosen as (
    select *
    from item_figures
    qualify of_report_year or not bool_or(of_report_year) over (partition by item_id)
),

stated as (
    select
        item_id,
        string_agg(figure_text, '；' order by quote_start) as figures
    from chosen
    group by item_id
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
