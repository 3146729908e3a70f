"""Governance and operations: audit trail, retention, reports."""
