-- Refusals of curated figures against the catalog and their report's year (checks/value_in_quote.sql and
-- checks/quotes/not_in_text.sql read the quote against the value and the text).
with period_window as (
    -- how far a figure's period may lie from its report's year (README "Guarantees"): a report looks
    -- back over a plan period (2015 power lists in a 2017 report) and may cite January figures of
    -- the year it is published in; anything further is a typo (1997, 2071) or the wrong report
    select
        10 as years_before,
        1 as years_after
),

figure_rows as not materialized (
    select
        f.*,
        cast(r.report_year as integer) as report_year,
        -- the report's text is joined only where the quote is checked: carried on every figure row it
        -- made 2 M copies of ~5 KB texts (11 GB peak on the national benchmark corpus)
        r.report_id is not null as has_report,
        written_value(f.value) as value_written,  -- 70.0 typed is 70 (build/unit_scale.sql)
        m.unit as catalog_unit,
        m.metric_id as known_metric,
        u.kind as unit_kind,
        m.kind as metric_kind,
        cast(nullif(u.min_value, '') as double) as min_value,
        cast(nullif(u.max_value, '') as double) as max_value
    from raw_figures as f
    left join raw_reports as r on r.report_id = f.report_id
    left join raw_metrics as m on m.metric_id = f.metric_id
    left join raw_units as u on u.unit = f.unit
),

-- the rows some refusal below may concern, found in one pass over the figures: each branch then reads
-- these few. Read by every branch, figure_rows itself was materialized, a copy of every figure with its
-- quote (about 3 of the 3.1 CPU s of this query on the national benchmark corpus). Each condition here
-- is implied by its branch's own.
flagged as materialized (
    select f.*
    from figure_rows as f
    cross join period_window as w
    where not f.has_report
        or f.known_metric is null
        or (f.scope <> '' and not contains(f.quote, f.scope))
        or (f.variant <> '' and not contains(f.quote, f.variant))
        or (f.catalog_unit is not null and f.unit <> f.catalog_unit)
        or (f.unit_kind is null and f.catalog_unit is null)
        or cast(f.value as double) < f.min_value
        or (cast(f.value as double) > f.max_value and f.metric_kind is distinct from 'growth')
        or (f.unit_kind = 'count' and cast(f.value as double) <> floor(cast(f.value as double)))
        or (f.has_report and (cast(f.period as integer) < f.report_year - w.years_before
            or cast(f.period as integer) > f.report_year + w.years_after))
),

closest as (
    select
        f.metric_id,
        arg_max(m.metric_id, jaro_winkler_similarity(f.metric_id, m.metric_id)) as suggestion
    from (select distinct metric_id from flagged where known_metric is null) as f
    cross join raw_metrics as m
    group by f.metric_id
)

select
    'unknown-report' as code,
    f.source_file as file,
    min(f.row_number) as row,
    'report_id' as field,
    f.report_id as value,
    'no report metadata ' || getvariable('raw_folder') || 'reports/' || f.report_id || '.meta.yml for this figures file' as message
from flagged as f
where not f.has_report
group by f.source_file, f.report_id
union all
select 'unknown-metric', f.source_file, f.row_number, 'metric_id', f.metric_id,
    'not in ' || getvariable('raw_folder') || 'catalog/metrics.csv; closest is "' || c.suggestion || '"'
from flagged as f
join closest as c on c.metric_id = f.metric_id
where f.known_metric is null
union all
-- a figure's scope is the unit its quote names (市水务局水政监察大队), never a guess
select 'scope-not-in-quote', f.source_file, f.row_number, 'scope', f.scope,
    'is not in the quote of this figure'
from flagged as f
where f.scope <> '' and not contains(f.quote, f.scope)
union all
select 'variant-not-in-quote', f.source_file, f.row_number, 'variant', f.variant,
    'is not in the quote of this figure'
from flagged as f
where f.variant <> '' and not contains(f.quote, f.variant)
union all
select 'unit-mismatch', f.source_file, f.row_number, 'unit', f.unit,
    'differs from catalog "' || f.catalog_unit || '"'
from flagged as f
where f.catalog_unit is not null and f.unit <> f.catalog_unit
    -- another measure word of the metric's unit family (规范性文件 120件 for a metric in 份) is accepted
    -- where the quote writes the number with that word, and so is the unit or one of its family scaled
    -- by 万 or 亿, or without the catalog's 万 (31.5万件, 373.5万人次, 1.86亿元 and 650元 for a metric in
    -- 万元: 01_tables.sql stores them in the catalog's unit; scale_base is build/unit_scale.sql's), and so is a word
    -- the metric alone is counted in (catalog/metric_measure_words.csv: 发布政策解读24份 for a metric in 条)
    and not (
        (
            scale_base(f.unit) = scale_base(f.catalog_unit)
            or same_unit_family(scale_base(f.catalog_unit), scale_base(f.unit))
            or exists (
                select 1 from raw_metric_measure_words as o
                where o.metric_id = f.metric_id and o.unit = scale_base(f.unit)
            )
        )
        and (
            contains(replace(replace(f.quote, ',', ''), '，', ''), f.value_written || f.unit)
            -- or with the measure word in traditional characters (配套舉措24個 entered as 24 个): onboard.py's
            -- `written` spellings, after the scale word the unit starts with (万 of 万场次); or, for a lower
            -- bound, with the 余 or 多 the extractor reads as one (extract/mentions.py's infix) before the
            -- measure word (宣讲10万余场次 entered as 10 万场次, 书面述法3.4万多人 as 3.4 万人) or before the scale
            -- word (63.2余万人次 as 63.2 万人次); a unit of no family (人次, 元) is its own one word
            or exists (
                select 1 from (
                    select unit, written from raw_unit_families
                    union all select scale_base(f.unit), scale_base(f.unit)
                ) as w
                cross join (values (''), ('余'), ('多')) as b(infix)
                where w.unit = scale_base(f.unit)
                    and (b.infix = '' or f.qualifier = 'lower_bound')
                    -- (plain_quote: without thousands separators, 3.4萬人 read as 3.4万人)
                    and (contains(plain_quote(f.quote),
                            f.value_written || left(f.unit, length(f.unit) - length(w.unit)) || b.infix || w.written)
                        or contains(plain_quote(f.quote),
                            f.value_written || b.infix || left(f.unit, length(f.unit) - length(w.unit)) || w.written))
            )
        )
    )
union all
select 'unknown-unit', f.source_file, f.row_number, 'unit', f.unit,
    'not in ' || getvariable('raw_folder') || 'catalog/units.csv'
from flagged as f
where f.unit_kind is null and f.catalog_unit is null
union all
select 'negative-count', f.source_file, f.row_number, 'value', f.value,
    'is below ' || f.min_value || ', the least a ' || f.unit_kind || ' in ' || f.unit || ' can be'
from flagged as f
where cast(f.value as double) < f.min_value and f.unit_kind = 'count'
union all
select 'below-minimum', f.source_file, f.row_number, 'value', f.value,
    'is below ' || f.min_value || ', the least a value in ' || f.unit || ' can be'
from flagged as f
where cast(f.value as double) < f.min_value and f.unit_kind <> 'count'
union all
select 'percent-over-100', f.source_file, f.row_number, 'value', f.value,
    'is above ' || f.max_value || ', the most a value in ' || f.unit || ' can be'
from flagged as f
where cast(f.value as double) > f.max_value and f.metric_kind is distinct from 'growth'  -- a rise may pass 100%
union all
select 'not-a-whole-number', f.source_file, f.row_number, 'value', f.value,
    'is not a whole number, but a count in ' || f.unit || ' must be'
from flagged as f
where f.unit_kind = 'count' and cast(f.value as double) <> floor(cast(f.value as double))
union all
select 'period-out-of-range', f.source_file, f.row_number, 'period', f.period,
    'is far from the report year ' || f.report_year || ' (allowed: ' || (f.report_year - w.years_before)
    || ' to ' || (f.report_year + w.years_after) || ')'
from flagged as f
cross join period_window as w
where f.has_report
    and (cast(f.period as integer) < f.report_year - w.years_before
        or cast(f.period as integer) > f.report_year + w.years_after)
