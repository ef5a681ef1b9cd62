"""The package version: one home, read by the build, the User-Agent and the CLI."""

__version__ = "0.1.0.dev0"
