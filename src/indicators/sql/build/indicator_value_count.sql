-- How many indicator values the build computed, for its summary line.
select count(*)
from indicator_values
