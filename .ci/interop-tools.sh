#!/usr/bin/env bash
# The independent tools the interop tests read newskg's output with, from Debian's packages:
# rdflib (Python), SPARQLWrapper, pandas, networkx, matplotlib, Jupyter nbconvert, raptor's rapper;
# and the browser the page tests drive (chromium with chromium-driver, through Selenium).
#   .ci/interop-tools.sh check     exit 0 when all are there, else list what is missing
#   .ci/interop-tools.sh install   install what is missing (needs root, or sudo without a password)
set -euo pipefail

PACKAGES=(python3-rdflib python3-sparqlwrapper python3-pandas python3-networkx python3-matplotlib
          python3-nbclient python3-nbformat python3-ipykernel jupyter-nbconvert raptor2-utils
          chromium chromium-driver)

missing() {
  local gone=()
  /usr/bin/python3 -c "import rdflib, SPARQLWrapper, pandas, networkx, matplotlib, nbclient, nbformat, ipykernel" \
    >/dev/null 2>&1 || gone+=("python3 modules")
  command -v /usr/bin/jupyter-nbconvert >/dev/null || gone+=(jupyter-nbconvert)
  command -v rapper >/dev/null || gone+=(rapper)
  [[ -x /usr/bin/chromium ]] || gone+=(chromium)
  [[ -x /usr/bin/chromedriver ]] || gone+=(chromium-driver)
  if [[ ${#gone[@]} -gt 0 ]]; then
    echo "${gone[*]}"
  fi
}

case "${1:-check}" in
  check)
    gone="$(missing)"
    if [[ -n "$gone" ]]; then
      echo "interop tools missing: $gone (install: sudo .ci/interop-tools.sh install)" >&2
      exit 1
    fi
    ;;
  install)
    [[ -z "$(missing)" ]] && exit 0
    sudo=()
    if [[ $(id -u) != 0 ]]; then
      if sudo -n true 2>/dev/null; then sudo=(sudo -n); else
        echo "interop tools missing and no root: run 'sudo .ci/interop-tools.sh install'" >&2
        exit 1
      fi
    fi
    echo "installing the interop test tools: ${PACKAGES[*]}" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
    ;;
  *)
    echo "usage: $0 check|install" >&2
    exit 2
    ;;
esac
