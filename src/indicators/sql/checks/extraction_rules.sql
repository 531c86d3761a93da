-- Refusals of metric rules (data/raw/catalog/extraction_rules.csv): a rule must give its metric's own unit, or
-- what it extracts could never be loaded; and it must have a pattern, or it would claim every number in that
-- unit. That its metric is in the catalog is a reference (raw/references.csv), worded once with the others. Files
-- are named in the raw folder read (the variable raw_folder: raw/raw_names.py), which the build and extract's
-- load_rules both set.
with rules as (
    select
        getvariable('raw_folder') as folder,
        r._row,
        r.rule_id,
        r.metric_id,
        r.unit,
        r.before || r.after || r.context as patterns,
        m.metric_id as known_metric,
        m.unit as metric_unit
    from raw_extraction_rules as r
    left join raw_metrics as m on m.metric_id = r.metric_id
),

final as (
    select
        'unit-mismatch' as code,
        folder || 'catalog/extraction_rules.csv' as file,
        _row as row,
        'unit' as field,
        unit as value,
        'differs from the unit "' || metric_unit || '" of metric ' || metric_id || ' in ' || folder
        || 'catalog/metrics.csv' as message
    from rules
    where known_metric is not null and unit <> metric_unit
    union all
    select 'no-pattern', folder || 'catalog/extraction_rules.csv', _row, 'before', '',
        'has no pattern (before, after and context are all empty): it would claim every number in ' || unit
    from rules
    where patterns = ''
)

select * from final order by row, field
