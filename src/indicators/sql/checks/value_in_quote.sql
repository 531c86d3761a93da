-- Figures whose value the fast path cannot find in their quote (candidates for the Python check).
select
    f.source_file,
    f.row_number,
    f.value,
    f.quote
from raw_figures as f
where not regexp_matches(
    regexp_replace(
        translate(f.quote, '０１２３４５６７８９．，', '0123456789.,'),
        '([0-9]),([0-9]{3})', '\1\2', 'g'
    ),
    '(^|[^0-9.])' || replace(f.value, '.', '\.') || '($|[^0-9])'
)
