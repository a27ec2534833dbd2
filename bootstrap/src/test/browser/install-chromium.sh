#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through its ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver).
# The build runs this when they are missing: it installs them when it may (as root, or with password-less sudo), and
# otherwise says what to install and stops, so that `./mvnw -B verify` runs every test or says why it cannot.
set -euo pipefail
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && exit 0
if [ "$(id -u)" = 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "The browser tests need Chromium and ChromeDriver: run 'sudo apt-get install chromium chromium-driver'" \
    "(Debian, Ubuntu), then the build again." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "The browser tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver." >&2
  exit 1
fi
echo "Installing chromium and chromium-driver for the browser tests"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
