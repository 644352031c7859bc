#!/usr/bin/env bash
# Print the path of a Python 3.12 interpreter (PATH first, then pyenv), or explain what to install.
set -u
for candidate in python3.12 "$(command -v pyenv >/dev/null 2>&1 && pyenv root)/versions/"3.12*/bin/python3.12; do
  if path=$(command -v "$candidate" 2>/dev/null) && "$path" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
    echo "$path"
    exit 0
  fi
done
echo "error: the agent server needs Python 3.12, and none was found on PATH or through pyenv." >&2
echo "Install it (e.g. 'pyenv install 3.12' or 'apt-get install python3.12 python3.12-venv') and retry." >&2
exit 1
