"""The machinery of the blocking client :class:`~gorgias_async.Gorgias` (``gorgias_async.sync``).

- :mod:`._loop`: the private event loop on a daemon thread, its shutdown and fork safety;
- :mod:`._iterators`: the runner, and the blocking pages and iterators it returns;
- :mod:`._generated`: the blocking twins of every service (written by
  ``tools/gen_sync.py``).
"""
