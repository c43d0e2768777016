"""``python -m streams`` runs the same CLI as the ``wire-alerts`` console script."""

from streams.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
