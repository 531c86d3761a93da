-- How a change is judged, in one place for figure_changes, indicator_changes and the year-on-year
-- analysis: the relative change (a fraction; NULL from a zero base, never infinity) and its
-- direction from the catalog's higher_is_better (NULL there: neutral).
create or replace macro relative_change(value, base_value) as
    case when base_value <> 0 then (value - base_value) / abs(base_value) end;

create or replace macro change_direction(value, base_value, higher_is_better) as
    case
        when value = base_value then 'unchanged'
        when higher_is_better is null then 'neutral'
        when (value > base_value) = higher_is_better then 'good'
        else 'bad'
    end;
