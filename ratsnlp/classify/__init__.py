"""Stance classification: request / concern / support / explanation for each turn."""

LABELS = ("request", "concern", "support", "explanation")
