-- Every target set of the catalog, oldest first.
select target_set
from target_sets
order by year, target_set
