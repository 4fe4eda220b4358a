"""Loaders: news files in, typed and evidenced facts out (see loaders/model.py)."""
