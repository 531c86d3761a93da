-- Figures whose value the fast path cannot find in their quote (candidates for the Python check).
-- The value must stand alone in the quote (after folding full-width digits and thousands
-- separators): not preceded by a digit or a point, not followed by a digit. The quote is split at
-- each occurrence of the value and the pieces around each occurrence are checked, so no regex is
-- compiled per row (that took 47 s over the 2 M figures of the national benchmark corpus). An empty
-- piece between two occurrences means the neighbour is the value itself.
with first_place as (
    select
        f.source_file,
        f.row_number,
        f.value,
        f.quote,
        strpos(f.quote, f.value) as first_at
    from raw_figures as f
),

-- The plain case, decided without folding: the value's first occurrence has neither a digit, a point
-- or a comma (ASCII or full-width) before it, nor a digit or a comma after it, so folding cannot
-- change its neighbours and the value stands alone. Nearly every figure is such a case; only the
-- others are folded and split below (that was 2-7 s over the national corpus).
unclear as (
    select source_file, row_number, value, quote
    from first_place
    where not (
        first_at > 0
        and (first_at = 1 or not contains('0123456789.,０１２３４５６７８９．，', substr(quote, first_at - 1, 1)))
        and not contains('0123456789,０１２３４５６７８９，', coalesce(nullif(substr(quote, first_at + length(value), 1), ''), 'x'))
    )
),

folded as (
    select
        f.source_file,
        f.row_number,
        f.value,
        f.quote,
        string_split(
            -- folded only where there is something to fold: most unclear quotes hold the value inside a
            -- year (2022年罚款处罚为202件) and neither a comma nor a full-width digit (0.4 of 2.3 CPU s)
            case
                when regexp_matches(f.quote, '[,０１２３４５６７８９．，]') then regexp_replace(
                    translate(f.quote, '０１２３４５６７８９．，', '0123456789.,'), '([0-9]),([0-9]{3})', '\1\2', 'g')
                else f.quote
            end,
            f.value
        ) as pieces
    from unclear as f
),

final as (
    select
        source_file,
        row_number,
        value,
        quote,
        list_bool_or(list_transform(range(1, len(pieces)), lambda k:
            (case
                when pieces[k] <> '' then right(pieces[k], 1) not in ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.')
                else k = 1
            end)
            and (case
                when pieces[k + 1] <> '' then left(pieces[k + 1], 1) not in ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')
                else k + 1 = len(pieces) or left(value, 1) = '-'
            end)
        )) as found
    from folded
)

select
    source_file,
    row_number,
    value,
    quote
from final
where not coalesce(found, false)
