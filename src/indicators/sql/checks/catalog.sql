-- Refusals across catalog files: every reference must point at something that exists.
-- Each select returns problems as (code, file, row, field, value, message).
select
    'unknown-dimension' as code,
    'data/raw/catalog/metrics.csv' as file,
    m._row as row,
    'dimension_id' as field,
    m.dimension_id as value,
    'no such dimension in data/raw/catalog/dimensions.csv' as message
from raw_metrics as m
anti join raw_dimensions as d on d.dimension_id = m.dimension_id
union all
select 'unknown-dimension', 'data/raw/catalog/indicators.csv', i._row, 'dimension_id', i.dimension_id,
    'no such dimension in data/raw/catalog/dimensions.csv'
from raw_indicators as i
anti join raw_dimensions as d on d.dimension_id = i.dimension_id
union all
select 'unknown-unit', 'data/raw/catalog/metrics.csv', m._row, 'unit', m.unit,
    'no such unit in data/raw/catalog/units.csv'
from raw_metrics as m
anti join raw_units as u on u.unit = m.unit
union all
select 'unknown-unit', 'data/raw/catalog/indicators.csv', i._row, 'unit', i.unit,
    'no such unit in data/raw/catalog/units.csv'
from raw_indicators as i
anti join raw_units as u on u.unit = i.unit
union all
select 'unknown-metric', 'data/raw/catalog/metrics.csv', m._row, 'baseline_metric_id', m.baseline_metric_id,
    'no such metric in data/raw/catalog/metrics.csv'
from raw_metrics as m
where m.baseline_metric_id <> ''
    and m.baseline_metric_id not in (select metric_id from raw_metrics)
union all
select 'unknown-metric', 'data/raw/catalog/indicators.csv', i._row, 'stated_metric_id', i.stated_metric_id,
    'no such metric in data/raw/catalog/metrics.csv'
from raw_indicators as i
where i.stated_metric_id <> ''
    and i.stated_metric_id not in (select metric_id from raw_metrics)
union all
select 'unknown-indicator', 'data/raw/catalog/indicators.csv', i._row, 'not_comparable_with', i.not_comparable_with,
    'no such indicator in data/raw/catalog/indicators.csv'
from raw_indicators as i
where i.not_comparable_with <> ''
    and i.not_comparable_with not in (select indicator_id from raw_indicators)
union all
select 'unknown-indicator', 'data/raw/catalog/indicator_terms.csv', t._row, 'indicator_id', t.indicator_id,
    'no such indicator in data/raw/catalog/indicators.csv'
from raw_indicator_terms as t
anti join raw_indicators as i on i.indicator_id = t.indicator_id
union all
select 'unknown-metric', 'data/raw/catalog/indicator_terms.csv', t._row, 'metric_id', t.metric_id,
    'the indicator refers to a metric missing from data/raw/catalog/metrics.csv'
from raw_indicator_terms as t
anti join raw_metrics as m on m.metric_id = t.metric_id
union all
-- an indicator with terms needs both parts; one with none is catalogued for targets only
select 'incomplete-indicator', 'data/raw/catalog/indicator_terms.csv', min(t._row), 'part', t.indicator_id,
    'has a numerator or a denominator but not both'
from raw_indicator_terms as t
group by t.indicator_id
having count(distinct t.part) <> 2
union all
select 'unknown-metric', 'data/raw/catalog/consistency_rules.csv', r._row, 'total_metric_id', r.total_metric_id,
    'no such metric in data/raw/catalog/metrics.csv'
from raw_consistency_rules as r
anti join raw_metrics as m on m.metric_id = r.total_metric_id
union all
select 'unknown-metric', 'data/raw/catalog/consistency_rules.csv', r._row, 'part_metric_ids', p.part,
    'no such metric in data/raw/catalog/metrics.csv'
from raw_consistency_rules as r,
    unnest(string_split(r.part_metric_ids, ' ')) as p(part)
where p.part not in (select metric_id from raw_metrics)
union all
select 'unknown-target-set', 'data/raw/catalog/targets.csv', t._row, 'target_set', t.target_set,
    'no such target set in data/raw/catalog/target_sets.csv'
from raw_targets as t
anti join raw_target_sets as s on s.target_set = t.target_set
union all
-- whom a set binds is the document's own wording: it must be in the quote of one of its targets
select 'scope-not-quoted', 'data/raw/catalog/target_sets.csv', s._row, 'scope_quote', s.scope_quote,
    'is not in the quote of any target of this set in data/raw/catalog/targets.csv'
from raw_target_sets as s
where not exists (
    select 1 from raw_targets as t where t.target_set = s.target_set and contains(t.quote, s.scope_quote)
)
union all
select 'unknown-metric', 'data/raw/catalog/outline_items.csv', o._row, 'metric_ids', p.metric_id,
    'no such metric in data/raw/catalog/metrics.csv'
from raw_outline_items as o,
    unnest(string_split(o.metric_ids, ' ')) as p(metric_id)
where p.metric_id <> '' and p.metric_id not in (select metric_id from raw_metrics)
union all
-- a quote from the 纲要 names where it was read
select 'missing-source', 'data/raw/catalog/outline_items.csv', o._row, 'source_url', o.source_url,
    'is empty although the item has a quote'
from raw_outline_items as o
where o.quote <> '' and o.source_url = ''
union all
select 'unknown-measure', 'data/raw/catalog/targets.csv', t._row, 'measure_id', t.measure_id,
    'no such ' || t.measure_kind || ' in the catalog'
from raw_targets as t
where (t.measure_kind = 'indicator' and t.measure_id not in (select indicator_id from raw_indicators))
    or (t.measure_kind = 'metric' and t.measure_id not in (select metric_id from raw_metrics))
union all
select 'unit-mismatch', 'data/raw/catalog/targets.csv', t._row, 'unit', t.unit,
    'differs from the catalog unit "' || coalesce(i.unit, m.unit) || '"'
from raw_targets as t
left join raw_indicators as i on t.measure_kind = 'indicator' and i.indicator_id = t.measure_id
left join raw_metrics as m on t.measure_kind = 'metric' and m.metric_id = t.measure_id
where coalesce(i.unit, m.unit) is not null
    and t.unit <> coalesce(i.unit, m.unit)
union all
select 'unknown-jurisdiction', 'data/raw/catalog/jurisdictions.csv', j._row, 'parent_code', j.parent_code,
    'no such jurisdiction in this file'
from raw_jurisdictions as j
where j.parent_code <> ''
    and j.parent_code not in (select jurisdiction_code from raw_jurisdictions)
union all
-- a target must name the document that sets it: by number, or by title where it has none
select 'missing-source', 'data/raw/catalog/targets.csv', t._row, 'document_number', t.document_number,
    'is empty and so is document_title: the target names no source document'
from raw_targets as t
where trim(t.document_title) = '' and trim(t.document_number) = ''
