-- Refusals of metric rules (data/raw/catalog/extraction_rules.csv): a rule must name a known metric
-- and give the metric's own unit, or what it extracts could never be loaded; and it must have a pattern,
-- or it would claim every number in that unit.
with rules as (
    select
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
        'unknown-metric' as code,
        'data/raw/catalog/extraction_rules.csv' as file,
        _row as row,
        'metric_id' as field,
        metric_id as value,
        'no such metric in data/raw/catalog/metrics.csv' as message
    from rules
    where known_metric is null
    union all
    select 'unit-mismatch', 'data/raw/catalog/extraction_rules.csv', _row, 'unit', unit,
        'differs from the unit "' || metric_unit || '" of metric ' || metric_id || ' in data/raw/catalog/metrics.csv'
    from rules
    where known_metric is not null and unit <> metric_unit
    union all
    select 'no-pattern', 'data/raw/catalog/extraction_rules.csv', _row, 'before', '',
        'has no pattern (before, after and context are all empty): it would claim every number in ' || unit
    from rules
    where patterns = ''
)

select * from final order by row, field
