-- Refusals across catalog files that are more than a reference (raw/references.csv holds those):
-- complete indicators, targets' measures and units, targets' source documents, the 纲要 items' quotes and pages.
-- Each select returns problems as (code, file, row, field, value, message), naming files in the raw folder
-- the build read (the variable raw_folder: raw/raw_names.py).
-- an indicator with terms needs both parts; one with none is catalogued for targets only
select
    'incomplete-indicator' as code,
    getvariable('raw_folder') || 'catalog/indicator_terms.csv' as file,
    min(t._row) as row,
    'part' as field,
    t.indicator_id as value,
    'has a numerator or a denominator but not both' as message
from raw_indicator_terms as t
group by t.indicator_id
having count(distinct t.part) <> 2
union all
-- a part's alternatives 2 and 3 are taken only when the ones before cannot be computed: each part needs its 1
select 'no-first-alternative', getvariable('raw_folder') || 'catalog/indicator_terms.csv', min(t._row), 'alternative', t.indicator_id,
    'has alternative terms of its ' || t.part || ' but none numbered 1'
from raw_indicator_terms as t
group by t.indicator_id, t.part
having min(t.alternative) <> '1'
union all
-- whom a set binds is the document's own wording: it must be in the quote of one of its targets
select 'scope-not-quoted', getvariable('raw_folder') || 'catalog/target_sets.csv', s._row, 'scope_quote', s.scope_quote,
    'is not in the quote of any target of this set in ' || getvariable('raw_folder') || 'catalog/targets.csv'
from raw_target_sets as s
where not exists (
    select 1 from raw_targets as t where t.target_set = s.target_set and contains(t.quote, s.scope_quote)
)
union all
select 'unknown-measure', getvariable('raw_folder') || 'catalog/targets.csv', t._row, 'measure_id', t.measure_id,
    'no such ' || t.measure_kind || ' in the catalog'
from raw_targets as t
where (t.measure_kind = 'indicator' and t.measure_id not in (select indicator_id from raw_indicators))
    or (t.measure_kind = 'metric' and t.measure_id not in (select metric_id from raw_metrics))
union all
select 'unit-mismatch', getvariable('raw_folder') || 'catalog/targets.csv', t._row, 'unit', t.unit,
    'differs from the catalog unit "' || coalesce(i.unit, m.unit) || '"'
from raw_targets as t
left join raw_indicators as i on t.measure_kind = 'indicator' and i.indicator_id = t.measure_id
left join raw_metrics as m on t.measure_kind = 'metric' and m.metric_id = t.measure_id
where coalesce(i.unit, m.unit) is not null
    and t.unit <> coalesce(i.unit, m.unit)
union all
-- a target must name the document that sets it: by number, or by title where it has none
select 'missing-source', getvariable('raw_folder') || 'catalog/targets.csv', t._row, 'document_number', t.document_number,
    'is empty and so is document_title: the target names no source document'
from raw_targets as t
where trim(t.document_title) = '' and trim(t.document_number) = ''
union all
-- a 纲要 item's quote is shown on the summary with the page it was read on: a quote without its page could not be
-- checked by the analyst, a page without its quote says nothing (an empty quote says the words were not retrieved)
select 'unpaired-quote', getvariable('raw_folder') || 'catalog/outline_items.csv', o._row,
    if(trim(o.quote) = '', 'quote', 'source_url'), if(trim(o.quote) = '', o.quote, o.source_url),
    if(trim(o.quote) = '', 'is empty but source_url is not: a page without the words read on it',
       'is empty but quote is not: the words without the page they were read on')
from raw_outline_items as o
where (trim(o.quote) = '') <> (trim(o.source_url) = '')
