"""Offline extraction: spaCy + rules + a curated gazetteer -> DocumentFacts."""
