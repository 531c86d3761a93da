"""A local batch cluster takes any free port for its HTTP routes. Trial 20's second `run --all` printed
"UserWarning: Port 8787 is already in use. Perhaps you already have a cluster running?" with distributed's
source path on a successful run: without bokeh the cluster was given no address, so it took the default
:8787, which any other batch on the machine (another analyst's, the one before) may hold."""

from __future__ import annotations

import socket
import warnings
from contextlib import closing, suppress

from indicators.publish.cluster import connect


def test_a_local_cluster_does_not_warn_when_port_8787_is_taken() -> None:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as holder:
        with suppress(OSError):  # already taken by someone else: the case itself
            holder.bind(("127.0.0.1", 8787))
            holder.listen(1)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with connect(None, 1) as client:
                assert client.submit(sum, [1, 2]).result() == 3
    assert not [w for w in caught if "already in use" in str(w.message)]
