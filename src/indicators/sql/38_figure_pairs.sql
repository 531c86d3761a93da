-- own_year_statements(): each figure a report states of its own year, with the report's jurisdiction, keyed by
-- (jurisdiction_code, metric_id, period, scope, variant). figure_pairs joins it on each value, so that
-- restated_otherwise (36_text_macros.sql) can set that year's own report against a later report's restatement of it,
-- which metric_values keeps, in the figure_changes view and on the year-on-year page, which also quotes it
-- (row_number) where it states the value shown.
create or replace macro own_year_statements() as table
select * exclude (report_year) from located_figures() where period = report_year;

-- figure_pairs(of_jurisdiction, from_period, to_period): each value of metric_values paired with an
-- earlier value of the same jurisdiction and metric. The one pairing of a value with its base, for the
-- figure_changes view (every jurisdiction, each period against the previous period it has a value
-- for: all three arguments NULL) and for the year-on-year page (one jurisdiction, from_period against
-- to_period, which the page's parameter check keeps in that order). A NULL argument does not filter.
-- One window pass: with from_period given, only the two periods enter it, so the previous value of
-- to_period's is from_period's.
-- Rows carry both figures' keys (report_id, row_number), never their quotes: whoever shows a quote
-- joins `figures` for the rows it shows. scope, variant and qualifier come along because whether two
-- figures are comparable depends on them.
create or replace macro figure_pairs(of_jurisdiction, from_period, to_period) as table
with chosen as (
    select
        v.jurisdiction_code,
        v.metric_id,
        v.period,
        v.value,
        v.unit,
        v.qualifier,
        v.scope,
        v.variant,
        v.report_id,
        v.row_number,
        -- the value's own year's report's figure of its key (NULL where it states none), which a later report's
        -- restatement may stand in for in metric_values: restated_otherwise sets the two against each other
        o.report_id as own_report,
        o.row_number as own_row,
        o.value as own_value,
        o.unit as own_unit,
        o.qualifier as own_qualifier
    from metric_values as v
    left join own_year_statements() as o
        on o.jurisdiction_code = v.jurisdiction_code
        and o.metric_id = v.metric_id
        and o.period = v.period
        and o.scope is not distinct from v.scope
        and o.variant is not distinct from v.variant
    where (of_jurisdiction is null or v.jurisdiction_code = of_jurisdiction)
        and (from_period is null or v.period = from_period or v.period = to_period)
),

final as (
    select
        jurisdiction_code,
        metric_id,
        lag(period) over w as base_period,
        period,
        lag(value) over w as base_value,
        value,
        unit,
        lag(qualifier) over w as base_qualifier,
        qualifier,
        lag(scope) over w as base_scope,
        scope,
        lag(variant) over w as base_variant,
        variant,
        lag(report_id) over w as base_report_id,
        lag(row_number) over w as base_row_number,
        report_id,
        row_number,
        lag(own_report) over w as base_own_report,
        lag(own_row) over w as base_own_row,
        lag(own_value) over w as base_own_value,
        lag(own_unit) over w as base_own_unit,
        lag(own_qualifier) over w as base_own_qualifier,
        own_report,
        own_row,
        own_value,
        own_unit,
        own_qualifier
    from chosen
    window w as (partition by jurisdiction_code, metric_id order by period)
    qualify lag(period) over w is not null
)

select *
from final
where to_period is null or period = to_period;

-- baseline_statements(): each whole-jurisdiction figure a report states under a metric's before (baseline) metric,
-- keyed by the metric it stands before (metric_id) and its own year (period). Year on year joins it on the later
-- report, the pair's metric and the base year, so that base_stated_otherwise (36_text_macros.sql) can set it against
-- the pair's base: the one reading of it for the figure_changes view and the year-on-year page.
create or replace macro baseline_statements() as table
select
    f.report_id,
    m.metric_id,
    f.period,
    f.value
from figures as f
join metrics as m on m.baseline_metric_id = f.metric_id
where f.scope is null;
