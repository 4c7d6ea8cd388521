"""``python -m policywatch`` runs the CLI."""

from policywatch.cli import cli

if __name__ == "__main__":
    cli()
