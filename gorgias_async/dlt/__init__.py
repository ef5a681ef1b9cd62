"""A dlt source of a Gorgias account (``pip install gorgias-async[dlt]``).

``gorgias_source()`` has one ``@dlt.resource`` per resource the bulk export writes, all
walked concurrently by one :class:`~gorgias_async.AsyncGorgias` under the account's one
budget, merged by ``id`` and loaded incrementally on the export's rules
(:mod:`gorgias_async.export._incremental`), with dlt's state as the checkpoint::

    import dlt
    from gorgias_async.dlt import gorgias_source

    pipeline = dlt.pipeline("gorgias_load", destination="duckdb", dataset_name="gorgias")
    pipeline.run(gorgias_source())

``python -m gorgias_async.dlt --sandbox`` loads the embedded demo account into DuckDB and
prints a query over it.
"""

from ._source import gorgias_source
from ._tables import DELETED

__all__ = ["DELETED", "gorgias_source"]
