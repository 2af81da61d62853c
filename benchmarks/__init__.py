"""Benchmarks: focusreport against pandoc, growth with report size, and start-up time.

Run ``python -m benchmarks`` from the project folder; ``--help`` lists the options.
"""
