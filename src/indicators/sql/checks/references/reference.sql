-- One reference of raw/references.csv: every value of {column} in {table} must be a {target_column}
-- of {target_table}. An empty cell passes when $optional; with $list the cell is a space-separated
-- list and each id is checked. Returns problems as (code, file, row, field, value, message).
with referring as (
    select
        s._row as row,
        p.value
    from {table} as s,
        unnest(case when $list then string_split(s.{column}, ' ') else [s.{column}] end) as p(value)
),

final as (
    select
        $code as code,
        $file as file,
        r.row,
        $field as field,
        r.value,
        $message as message
    from referring as r
    where not ($optional and r.value = '')
        and r.value not in (select {target_column} from {target_table})
)

select * from final
order by row
