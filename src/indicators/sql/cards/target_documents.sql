-- Every target with its set, its measure's names and the document that sets it: the facts of
-- docs/targets.md (indicators describe --write-docs). One row per target; the page groups them by
-- set and by document, so a quote shared by several targets is printed once.
with measures as (
    select 'indicator' as measure_kind, indicator_id as measure_id, name_zh, name_en from indicators
    union all
    select 'metric', metric_id, name_zh, name_en from metrics
),

final as (
    select
        s.target_set,
        s.name_zh as set_name_zh,
        s.name_en as set_name_en,
        s.year as set_year,
        s.note as set_note,
        array_to_string(s.binds_codes, ' ') as set_binds_codes,
        s.binds_subordinates as set_binds_subordinates,
        s.scope_quote as set_scope_quote,
        t.measure_kind,
        t.measure_id,
        m.name_zh as measure_name_zh,
        m.name_en as measure_name_en,
        t.comparator,
        t.target_value,
        t.unit,
        t.scope_zh,
        t.province_code,
        t.applies_to_levels,
        t.deadline,
        t.document_title,
        t.document_number,
        t.issuer,
        t.issued,
        t.quote,
        t.note
    from targets as t
    join target_sets as s using (target_set)
    left join measures as m using (measure_kind, measure_id)
)

select *
from final
order by set_year, target_set, measure_kind, measure_id
