-- Extracted candidates against curated figures, paired on (metric_id, period, value): the n-th
-- extracted row of a key matches the n-th curated figure of that key, so each row matches at most
-- once. Unassigned candidates (empty metric_id) match unassigned curated figures the same way; with a
-- curated file that lists none (as data/raw/figures does), they count as spurious.
with extracted as (
    select
        *,
        row_number() over (
            partition by metric_id, period, cast(value as double) order by _position
        ) as nth
    from candidates
),

curated as (
    select
        *,
        row_number() over (
            partition by metric_id, period, cast(value as double) order by _position
        ) as nth
    from curated_figures
),

paired as (
    select
        e._position as extracted_position,
        c._position as curated_position
    from extracted as e
    full outer join curated as c
        on c.metric_id = e.metric_id
        and c.period = e.period
        and cast(c.value as double) = cast(e.value as double)
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
