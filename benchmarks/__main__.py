"""``python -m benchmarks``: run the benchmarks and write ``docs/performance.md``."""

from benchmarks.run import main

raise SystemExit(main())
