#!/bin/sh
# Make Debian's headless Chromium available for the browser tests.
set -e
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "chromium is not installed and this is not root: browser tests will be skipped."
  echo "Install it with: sudo apt-get install chromium"
fi
