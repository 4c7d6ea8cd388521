"""Read-side helpers shared by commands (re-exported for convenience)."""

from policywatch.db.versions import latest_version, load_snapshot, load_version

__all__ = ["latest_version", "load_snapshot", "load_version"]
