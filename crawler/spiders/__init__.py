"""Spiders: thin; they turn documents into requests and responses into results."""
