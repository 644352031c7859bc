#!/usr/bin/env bash
# Print the path of a Python X.Y interpreter (PATH first, then pyenv), or explain what to install.
# Usage: scripts/find_python.sh 3.12
set -u
want=${1:?usage: find_python.sh X.Y}
for candidate in "python$want" "$(command -v pyenv >/dev/null 2>&1 && pyenv root)/versions/$want".*/bin/"python$want"; do
  if path=$(command -v "$candidate" 2>/dev/null) && "$path" -c "import sys; assert '%d.%d' % sys.version_info[:2] == '$want'" 2>/dev/null; then
    echo "$path"
    exit 0
  fi
done
echo "error: Python $want is needed (the package claims it, or the agent server runs on it), and none was found on PATH or through pyenv." >&2
echo "Install it (e.g. 'pyenv install $want' or 'apt-get install python$want python$want-venv') and retry." >&2
exit 1
