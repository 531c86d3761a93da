-- Typed tables from the raw frames the build registers as raw_<name> (all text, as read).
-- Empty strings become NULL here, once, so that every later query can rely on NULL.
create table jurisdictions as
select
    jurisdiction_code,
    name_zh,
    name_en,
    level,
    nullif(parent_code, '') as parent_code,
    province_code
from raw_jurisdictions;

create table dimensions as
select dimension_id, cast(position as integer) as position, name_zh, name_en, outline_heading_zh
from raw_dimensions;

create table units as
select
    unit,
    name_en,
    kind,
    cast(nullif(min_value, '') as double) as min_value,
    cast(nullif(max_value, '') as double) as max_value
from raw_units;

create table metrics as
select
    metric_id,
    name_zh,
    name_en,
    unit,
    kind,
    dimension_id,
    cast(nullif(higher_is_better, '') as boolean) as higher_is_better,
    nullif(baseline_metric_id, '') as baseline_metric_id,
    definition
from raw_metrics;

create table indicators as
select
    indicator_id,
    name_zh,
    name_en,
    dimension_id,
    unit,
    cast(nullif(higher_is_better, '') as boolean) as higher_is_better,
    nullif(stated_metric_id, '') as stated_metric_id,
    definition,
    nullif(not_comparable_with, '') as not_comparable_with
from raw_indicators;

-- Metrics and indicators as one kind of thing, a measure, with what comparing one needs: name,
-- unit, direction. The one place the two catalogs are paired, for target gaps, figure changes and
-- year on year; measure_kind is 'metric' or 'indicator', as in targets.csv.
create table measures as
select
    'metric' as measure_kind,
    metric_id as measure_id,
    name_zh,
    name_en,
    unit,
    higher_is_better
from metrics
union all
select
    'indicator',
    indicator_id,
    name_zh,
    name_en,
    unit,
    higher_is_better
from indicators;

create table indicator_terms as
select
    indicator_id,
    part,
    metric_id,
    cast(sign as integer) as sign,
    cast(required as boolean) as required,
    cast(alternative as integer) as alternative,
    -- a stock (items in a list, days a procedure takes) may be the report's latest earlier figure; a count of the
    -- year's events (cases, decisions, documents cleaned up) is the report year's or none
    cast(earlier_year as boolean) as earlier_year
from raw_indicator_terms;

create table consistency_rules as
select rule_id, kind, total_metric_id, part_metric_ids, severity, description_zh, description_en
from raw_consistency_rules;

create table target_sets as
select
    target_set,
    name_zh,
    name_en,
    cast(year as integer) as year,
    -- empty: nationwide
    case when binds_codes = '' then []::varchar[] else string_split(binds_codes, ' ') end as binds_codes,
    binds_subordinates,
    scope_quote,
    nullif(note, '') as note
from raw_target_sets;

create table targets as
select
    target_set,
    measure_kind,
    measure_id,
    comparator,
    cast(target_value as double) as target_value,
    unit,
    scope_zh,
    nullif(province_code, '') as province_code,
    applies_to_levels,
    cast(nullif(deadline, '') as date) as deadline,
    nullif(document_title, '') as document_title,
    nullif(document_number, '') as document_number,
    nullif(issuer, '') as issuer,
    issued,
    quote,
    nullif(note, '') as note
from raw_targets;

create table outline_items as
select
    cast(_row as integer) as position,
    item_id,
    name_zh,
    name_en,
    cast(from_year as integer) as from_year,
    cast(to_year as integer) as to_year,
    case when metric_ids = '' then []::varchar[] else string_split(metric_ids, ' ') end as metric_ids,
    nullif(quote, '') as quote,
    nullif(source_url, '') as source_url,
    nullif(note, '') as note
from raw_outline_items;

create table reports as
select
    report_id,
    jurisdiction_code,
    jurisdiction_name,
    cast(report_year as integer) as report_year,
    title,
    issuer,
    cast(nullif(signed_date, '') as date) as signed_date,
    cast(nullif(published_date, '') as date) as published_date,
    text_file,
    encoding,
    sha256,
    nullif(source, '') as source,
    meta_file,
    -- the part of its year the report covers (上半年, 第四季度, 9月), NULL for the whole year: decided once, from its
    -- meta.yml's `covers` or else its title (raw/covers.py). Year on year, targets and peers read it here
    nullif(covers, '') as part_of_year
from raw_reports;

-- The long texts (report texts, quotes, notes) are compressed with zstd, named per column; every other
-- column gets DuckDB's own choice. Forcing zstd for the whole database (pragma force_compression, a
-- debug setting) also zstd-compressed the short, repeated ids of `figures` (report_id, metric_id,
-- source_file, unit), which every check and derived relation then decompressed on each scan; DuckDB's
-- analysis of every method on the long texts is what made writing them slow (27-30 s against 6-8 s on
-- the national benchmark corpus), not its analysis of the short columns.
-- report_texts is written by build/report_texts.sql and report_text_rows.sql, beside the derived relations.

-- One row per curated figure; value_text keeps the value as typed (its decimals set the
-- tolerance when a stated percentage is compared with the recomputed one), `written` the report's own
-- scale where the build converted it.
create table figures (
    report_id varchar,
    metric_id varchar,
    period integer,
    value double,
    value_text varchar,
    unit varchar,
    qualifier varchar,
    quote varchar using compression zstd,
    note varchar using compression zstd,
    scope varchar,
    variant varchar,
    quote_start integer,
    quote_end integer,
    source_file varchar,
    row_number integer,
    written varchar
);

insert into figures
select
    f.report_id,
    f.metric_id,
    cast(f.period as integer) as period,
    -- a figure written with another scale than its metric's unit (31.5万件 for 件, 1.86亿元 or 650元 for
    -- 万元) is stored in the metric's unit (315000 件, 18600 万元, 0.065 万元), so that sums, rates and
    -- changes add like with like; its quote keeps the words as written
    case when w.scaled then cast(f.value as double) * w.factor else cast(f.value as double) end as value,
    case
        when w.scaled then regexp_replace(regexp_replace(
            cast(cast(f.value as decimal(38, 10)) * cast(w.factor as decimal(38, 10)) as varchar),
            '(\.[0-9]*?)0+$', '\1'), '\.$', '')
        else f.value
    end as value_text,
    case when w.scaled then m.unit else f.unit end as unit,
    nullif(f.qualifier, '') as qualifier,
    f.quote,
    nullif(f.note, '') as note,
    -- whose figure it is when not the whole jurisdiction's (a named unit, or the body whose report it is: meta.yml's
    -- `scope`); NULL: the whole jurisdiction
    coalesce(nullif(f.scope, ''), (select nullif(r.scope, '') from raw_reports as r where r.report_id = f.report_id))
        as scope,
    -- the report's own wording when it counts the metric another way (网上可办); NULL: the catalog's
    nullif(f.variant, '') as variant,
    -- character offsets of the quote in the report text (0-based, end exclusive); quote_at is the
    -- 1-based position the build found once for every figure (raw/quote_positions.py)
    cast(q.quote_at - 1 as integer) as quote_start,
    cast(q.quote_at - 1 + length(f.quote) as integer) as quote_end,
    f.source_file,
    cast(f.row_number as integer) as row_number,
    -- the value and unit as the report writes them where the figure is stored in another scale (12.5万人次
    -- for 125000 人次), for the pages; NULL where value_text and unit are already the report's words
    case when w.scaled then f.value || f.unit end as written
from raw_figures as f
join figure_quotes as q on q.figure_rowid = f.rowid
left join metrics as m
    on m.metric_id = f.metric_id
cross join lateral (
    -- the factor from the figure's scale to the metric's (build/unit_scale.sql: 万 one step of 10^4, 亿 two)
    select
        m.unit is not null and scale_steps(f.unit) <> scale_steps(m.unit) as scaled,
        power(10, 4 * (scale_steps(f.unit) - scale_steps(m.unit))) as factor
) as w;
