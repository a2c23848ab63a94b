"""Adapters to other tools' data pipelines; each needs its tool installed (an extra)."""
