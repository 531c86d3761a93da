-- Close the file attached as {alias}: leave it as the default database first, then detach it.
use memory;
detach {alias};
