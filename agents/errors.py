"""Errors a stage raises for input it refuses; the adapters turn them into dead letters."""

from __future__ import annotations


class RejectedInput(ValueError):
    """The input cannot be processed; ``error`` is the dead-letter error kind."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error
        self.message = message
