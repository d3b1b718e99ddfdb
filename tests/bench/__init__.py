"""Benchmarks (``make bench``): medians of repeated runs and ratios against a reference
implementation timed in the same script. Never timed assertions in tests."""
