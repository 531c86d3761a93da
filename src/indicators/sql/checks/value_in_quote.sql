-- Figures whose value the fast path cannot find in their quote (candidates for the Python check).
-- The value must stand alone in the quote (after folding full-width digits and thousands
-- separators): not preceded by a digit or a point, not followed by a digit. The quote is split at
-- each occurrence of the value and the pieces around each occurrence are checked, so no regex is
-- compiled per row (that took 47 s over the 2 M figures of the national benchmark corpus). An empty
-- piece between two occurrences means the neighbour is the value itself.
with split as (
    select
        f.source_file,
        f.row_number,
        f.value,
        f.quote,
        string_split(f.quote, f.value) as pieces
    from raw_figures as f
),

-- The plain case, decided without folding: the value's first occurrence has neither a digit, a point
-- or a comma (ASCII or full-width) before it, nor a digit or a comma after it, so folding cannot
-- change its neighbours and the value stands alone. Nearly every figure is such a case; only the
-- others are folded and split below (that was 2-7 s over the national corpus). The neighbours are the
-- end of the first piece and the start of the second, matched by anchored patterns: taking them by
-- character offset (strpos, then substr twice) walked each quote's UTF-8 from its start three times.
-- An empty second piece is a second occurrence right after the first (unclear) unless it ends the quote.
unclear as (
    select source_file, row_number, value, quote, pieces
    from split
    where not (
        len(pieces) > 1
        and not regexp_matches(pieces[1], '[0-9.,０１２３４５６７８９．，]$')
        and (
            (pieces[2] <> '' and not regexp_matches(pieces[2], '^[0-9,０１２３４５６７８９，]'))
            or (pieces[2] = '' and len(pieces) = 2)
        )
    )
),

folded as (
    select
        f.source_file,
        f.row_number,
        f.value,
        f.quote,
        -- folded only where there is something to fold: most unclear quotes hold the value inside a year
        -- (2022年罚款处罚为202件) and neither a comma nor a full-width digit, and keep the pieces split above
        case
            when regexp_matches(f.quote, '[,０１２３４５６７８９．，]') then string_split(regexp_replace(
                translate(f.quote, '０１２３４５６７８９．，', '0123456789.,'), '([0-9]),([0-9]{3})', '\1\2', 'g'), f.value)
            else f.pieces
        end as pieces
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
