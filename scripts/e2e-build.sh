#!/usr/bin/env bash
# Builds the binaries of the e2e cluster (etcd, kube-apiserver,
# kube-controller-manager, ESO controller) from Go modules, into a cache
# directory outside the repository keyed by the wrapper modules and the Go
# version. A complete cache entry skips the build entirely.
# Prints the bin directory on the last line of stdout.
set -euo pipefail
if ! command -v go >/dev/null && [[ -x /usr/local/go/bin/go ]]; then export PATH="$PATH:/usr/local/go/bin"; fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
wrappers="$repo/e2e/build"
key="$( { go version; cat "$wrappers"/etcd/go.mod "$wrappers"/etcd/go.sum \
  "$wrappers"/kube/go.mod "$wrappers"/kube/go.sum "$wrappers"/eso/go.mod "$wrappers"/eso/go.sum; } \
  | sha256sum | cut -c1-16)"
root="${SECRETS_INJECTOR_E2E_CACHE:-${HOME:-/tmp}/.cache/secrets-injector-e2e}"
bin="$root/$key/bin"
times="$root/$key/build-times.txt"
mkdir -p "$bin"

export CGO_ENABLED=0 GOFLAGS="-mod=mod -buildvcs=false"
flags=(-p 2 -trimpath "-ldflags=-s -w")

# build NAME WRAPPER PACKAGE: one binary, written atomically so an interrupted
# build never leaves a half-written file that looks like a cache hit.
build() {
  local name="$1" wrapper="$2" pkg="$3"
  if [[ -x "$bin/$name" ]]; then
    echo "e2e-build: $name cached ($bin/$name)" >&2
    return 0
  fi
  echo "e2e-build: building $name from $pkg ..." >&2
  local start end
  start=$(date +%s)
  (cd "$wrappers/$wrapper" && go build "${flags[@]}" -o "$bin/$name.tmp" "$pkg")
  mv "$bin/$name.tmp" "$bin/$name"
  end=$(date +%s)
  echo "$name $((end - start))" >> "$times"
  echo "e2e-build: $name built in $((end - start))s" >&2
}

build etcd etcd go.etcd.io/etcd/server/v3
build kube-apiserver kube k8s.io/kubernetes/cmd/kube-apiserver
build kube-controller-manager kube k8s.io/kubernetes/cmd/kube-controller-manager
build external-secrets eso github.com/external-secrets/external-secrets

# ESO's CRDs ship in its module; keep a copy next to the binaries.
crds="$root/$key/crds/bundle.yaml"
if [[ ! -s "$crds" ]]; then
  mkdir -p "$(dirname "$crds")"
  esodir="$(cd "$wrappers/eso" && go list -m -f '{{.Dir}}' github.com/external-secrets/external-secrets)"
  cp "$esodir/deploy/crds/bundle.yaml" "$crds.tmp"
  mv "$crds.tmp" "$crds"
fi
echo "$bin"
