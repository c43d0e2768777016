"""CLI commands of the streaming pipeline (each: ``add_arguments(parser)`` and ``run(args)``)."""
