-- Extracted candidates against curated figures, paired on (metric_id, period, value), each row at
-- most once. Unassigned candidates (empty metric_id) pair with unassigned curated figures the same
-- way; with a curated file that lists none (as data/raw/figures does), they count as spurious.
-- Where a key comes more than once (a report says 100% of many things), a pair whose quotes overlap
-- in the text comes first, so that the lists name the right rows; the rest pair in text order.
-- The counts do not depend on this: a key always gives min(extracted, curated) found pairs.
with extracted as (
    select
        _position,
        metric_id,
        period,
        cast(value as double) as value,
        cast(quote_start as integer) as span_start,
        cast(quote_end as integer) as span_end
    from candidates
),

curated as (
    select
        _position,
        metric_id,
        period,
        cast(value as double) as value,
        span_start,
        span_end
    from curated_figures
),

overlapping as (
    select
        e._position as extracted_position,
        c._position as curated_position
    from extracted as e
    inner join curated as c
        on c.metric_id = e.metric_id
        and c.period = e.period
        and c.value = e.value
        and c.span_start < e.span_end
        and e.span_start < c.span_end
    qualify
        row_number() over (partition by e._position order by abs(c.span_start - e.span_start), c._position) = 1
        and row_number() over (partition by c._position order by abs(c.span_start - e.span_start), e._position) = 1
),

extracted_rest as (
    select
        *,
        row_number() over (partition by metric_id, period, value order by _position) as nth
    from extracted
    where _position not in (select extracted_position from overlapping)
),

curated_rest as (
    select
        *,
        row_number() over (partition by metric_id, period, value order by _position) as nth
    from curated
    where _position not in (select curated_position from overlapping)
),

paired as (
    select
        extracted_position,
        curated_position
    from overlapping
    union all
    select
        e._position as extracted_position,
        c._position as curated_position
    from extracted_rest as e
    full outer join curated_rest as c
        on c.metric_id = e.metric_id
        and c.period = e.period
        and c.value = e.value
        and c.nth = e.nth
),

final as (
    select
        case
            when extracted_position is null then 'missed'
            when curated_position is null then 'spurious'
            else 'found'
        end as status,
        extracted_position,
        curated_position
    from paired
)

select * from final order by coalesce(extracted_position, curated_position), status
