-- Exported figures: what each report states, with its verbatim quote and where it stands
-- (character offsets in the report text, row of the curated figures file).
-- $jurisdiction and $year select reports; NULL selects all.
with selected_reports as (
    select
        r.report_id,
        r.jurisdiction_code,
        r.report_year,
        -- the part of its year the report covers (reports.part_of_year, decided at build time: raw/covers.py)
        coalesce(r.part_of_year, '全年') as covers,
        r.text_file,
        r.sha256,
        r.title,
        r.issuer,
        r.source
    from reports as r
    where ($jurisdiction::varchar is null or r.jurisdiction_code = $jurisdiction)
        and ($year::integer is null or r.report_year = $year)
),

final as (
    select
        s.report_id,
        s.jurisdiction_code,
        j.name_zh as jurisdiction_name,
        s.report_year,
        -- 上半年 beside the year: a half-year's figures, filed under the year, must not be read as the year's
        s.covers,
        f.metric_id,
        m.name_zh,
        m.name_en,
        m.dimension_id,
        -- the dimension in words beside its id: an analyst filters the xlsx by 依法全面履行政府职能, not `functions`
        d.name_zh as dimension_zh,
        f.period,
        -- in the metric's unit (项, 件, 个工作日, %): 31.5万件 is 315000 件, as sums and rates need it;
        -- `written` keeps the report's own words where they differ
        f.value,
        f.unit,
        f.qualifier,
        qualifier_zh(f.qualifier) as qualifier_zh,
        f.written,
        -- whose figure it is when not the whole jurisdiction's (one bureau's), and its variant: a reader
        -- of the export must not take the 6 officers of 市水务局水政监察大队 for the city's
        f.scope,
        f.variant,
        f.quote,
        f.quote_start,
        f.quote_end,
        f.note,
        -- whose report and where it was published (meta.yml's title, issuer, source): the xlsx travels without
        -- data/raw, and qa38's analyst could not tell from it which 北京市 text 98%以上 was quoted from
        s.title as report_title,
        s.issuer as report_issuer,
        s.source as report_source,
        s.text_file as report_file,
        s.sha256 as report_sha256,
        f.source_file,
        f.row_number as source_row
    from selected_reports as s
    join figures as f on f.report_id = s.report_id
    join jurisdictions as j on j.jurisdiction_code = s.jurisdiction_code
    join metrics as m on m.metric_id = f.metric_id
    join dimensions as d on d.dimension_id = m.dimension_id
    order by s.jurisdiction_code, s.report_year, f.row_number
)

select * from final
