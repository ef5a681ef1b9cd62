"""Benchmarks: each prints absolute figures and a ratio to a baseline from the same run."""
