#!/usr/bin/env bash
# pretest: the provenance tests push images to a real OCI registry, Debian's docker-registry (CNCF
# distribution). Install it when missing and the machine allows it; otherwise say which tests need it
# and carry on: those tests then fail with their own message, every other test runs.
set -uo pipefail

BIN="${DOCKER_REGISTRY_BIN:-/usr/bin/docker-registry}"
if [ -x "$BIN" ] || command -v docker-registry >/dev/null 2>&1; then exit 0; fi

NEEDS="the provenance tests (__tests__/io/sigstore, __tests__/e2e/provenance-modes) need docker-registry"
HOW="install Debian's docker-registry package (apt-get install docker-registry) or set DOCKER_REGISTRY_BIN to a CNCF distribution registry binary"
skip() {
  echo "pretest: $1; $NEEDS: $HOW. Running the tests anyway." >&2
  exit 0
}

command -v apt-get >/dev/null 2>&1 || skip "docker-registry is missing and there is no apt-get"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || skip "docker-registry is missing and installing it needs root (no passwordless sudo)"
  SUDO="sudo -n"
fi

echo "pretest: installing Debian's docker-registry for the provenance tests (${SUDO:+sudo }apt-get update && apt-get install docker-registry, then systemctl disable --now docker-registry: the tests start their own on loopback)" >&2
$SUDO apt-get update -qq >/dev/null || skip "apt-get update failed"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq docker-registry >/dev/null || skip "apt-get install docker-registry failed"
# The package starts a system service on :5000; the tests start their own on a free loopback port.
$SUDO systemctl disable --now docker-registry >/dev/null 2>&1 || true
