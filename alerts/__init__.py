"""Alerts: the outbox (rows written with each change) and its delivery channels."""
