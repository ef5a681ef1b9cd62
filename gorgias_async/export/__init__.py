"""The bulk export job (``gorgias-async export``)."""
