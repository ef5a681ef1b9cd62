"""``python -m gorgias_async.cli``: the ``gorgias-async`` command."""

import sys

from . import main

sys.exit(main())
