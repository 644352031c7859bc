"""``make bench`` (``PYTHONPATH=scripts:. python -m bench [--only ...]``): see ``bench.driver``."""

import sys

from bench.driver import main

sys.exit(main())
