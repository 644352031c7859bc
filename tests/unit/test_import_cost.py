"""What ``import openhands_client`` loads: no model a first call may not need."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_client_loads_no_request_or_answer_model() -> None:
    code = (
        "import sys, openhands_client\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules"
        " if m.startswith('openhands_api.models.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # Two literal enums the facade checks arguments against; every model class is imported
    # when a request first needs it.
    assert out.stdout.strip() == "['conversation_execution_status', 'conversation_sort_order']"
