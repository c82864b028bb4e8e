#!/usr/bin/env bash
# The provenance tests talk to a real OCI registry: Debian's docker-registry (CNCF distribution).
# Install it when missing, so `npm test` works on a fresh machine.
set -euo pipefail
if command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "npm test needs Debian's docker-registry package (a local OCI registry for the provenance tests); install it and re-run" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "installing docker-registry (local OCI registry used by the tests)..." >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq docker-registry >/dev/null
# The package starts a system service on :5000; the tests start their own on a free loopback port.
$SUDO systemctl disable --now docker-registry >/dev/null 2>&1 || true
