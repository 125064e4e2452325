"""Subcommands of the CLI, one module per group; each exposes register(subparsers)."""
