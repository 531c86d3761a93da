-- figure_pairs(of_jurisdiction, from_period, to_period): each value of metric_values paired with an earlier
-- value of the same jurisdiction and metric. The one pairing of a value with its base, for the
-- figure_changes view (every jurisdiction, each period against the previous period it has a value
-- for: all three arguments NULL) and for the year-on-year page (one jurisdiction, any two periods).
-- A NULL argument does not filter; a NULL from_period means "the previous period".
-- Rows carry both figures' keys (report_id, row_number), never their quotes: whoever shows a quote
-- joins `figures` for the rows it shows. scope, variant and qualifier come along because whether
-- two figures are comparable depends on them.
create or replace macro figure_pairs(of_jurisdiction, from_period, to_period) as table
with chosen as (
    select
        jurisdiction_code,
        metric_id,
        period,
        value,
        unit,
        qualifier,
        scope,
        variant,
        report_id,
        row_number,
        coalesce(from_period, lag(period) over (partition by jurisdiction_code, metric_id order by period)) as paired_with
    from metric_values
    where of_jurisdiction is null or jurisdiction_code = of_jurisdiction
),

final as (
    select
        a.jurisdiction_code,
        a.metric_id,
        b.period as base_period,
        a.period,
        b.value as base_value,
        a.value,
        a.unit,
        b.qualifier as base_qualifier,
        a.qualifier,
        b.scope as base_scope,
        a.scope,
        b.variant as base_variant,
        a.variant,
        b.report_id as base_report_id,
        b.row_number as base_row_number,
        a.report_id,
        a.row_number
    from chosen as a
    join metric_values as b
        on b.jurisdiction_code = a.jurisdiction_code
        and b.metric_id = a.metric_id
        and b.period = a.paired_with
    where (to_period is null or a.period = to_period)
        and b.period <> a.period
)

select * from final
