"""``python -m gorgias_async``: the ``gorgias-async`` command."""

import sys

from .cli import main

sys.exit(main())
