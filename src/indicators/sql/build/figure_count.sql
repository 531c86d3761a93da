-- How many figures the build loaded, for its summary line.
select count(*)
from figures
