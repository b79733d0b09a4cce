#!/usr/bin/env bash
# Runs every test (unit, PostgreSQL integration, web, headless browser): first installs what the
# tests need where it can, then runs ./mvnw verify with the arguments given, e.g.
#
#   ./test.sh                 # what a developer types
#   ./test.sh -B              # CI (.ci/run): Maven in batch mode
#   ./test.sh -pl crm-web -am -Dtest=SecurityTests -Dsurefire.failIfNoSpecifiedTests=false
#
# The browser tests drive the machine's Chromium through its chromedriver (never a downloaded
# browser) and need a CJK font for the Chinese pages. On Debian and Ubuntu they are installed
# with apt (as root, or with sudo); elsewhere this says what to install and runs the tests
# anyway, whose browser tests then fail saying what is missing. PostgreSQL needs nothing: the
# tests start their own (Testcontainers where a Docker engine runs, otherwise embedded).
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '%s\n' "test.sh: $*" >&2; }

if ! command -v java >/dev/null 2>&1; then
  say "no Java found: install a JDK 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jdk), then run ./test.sh again."
  exit 1
fi

find_browser() {
  command -v chromium || command -v chromium-browser || { [ -x /snap/bin/chromium ] && echo /snap/bin/chromium; } || true
}

find_driver() {
  command -v chromedriver || { [ -x /snap/bin/chromium.chromedriver ] && echo /snap/bin/chromium.chromedriver; } || true
}

has_cjk_font() {
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
    || ls /usr/share/fonts/opentype/noto/NotoSansCJK* ~/Library/Fonts/NotoSansCJK* /Library/Fonts/NotoSansCJK* >/dev/null 2>&1
}

# apt as root, or through sudo; nothing (and false) where neither is possible
apt_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    env DEBIAN_FRONTEND=noninteractive apt-get "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo env DEBIAN_FRONTEND=noninteractive apt-get "$@"
  else
    return 1
  fi
}

if [ -z "$(find_browser)" ] || [ -z "$(find_driver)" ] || ! has_cjk_font; then
  if command -v apt-get >/dev/null 2>&1; then
    say "installing Chromium, chromedriver and the Noto CJK fonts for the browser tests (apt)"
    apt_as_root update -qq || true
    # Debian names them chromium / chromium-driver, Ubuntu chromium-browser / chromium-chromedriver
    if apt-cache show chromium >/dev/null 2>&1; then
      packages=(chromium chromium-driver fonts-noto-cjk)
    else
      packages=(chromium-browser chromium-chromedriver fonts-noto-cjk)
    fi
    if ! apt_as_root install -y -qq "${packages[@]}" >/dev/null; then
      say "could not install ${packages[*]} (needs root or sudo): install them, or the browser tests fail."
    fi
  else
    say "the browser tests need Chromium, its chromedriver and a CJK font (Noto Sans CJK), and this is"
    say "not a system with apt: install them with your package manager (with Homebrew, e.g.:"
    say "brew install --cask chromium chromedriver font-noto-sans-cjk), or the browser tests fail."
    say "Running the tests anyway."
  fi
fi

# The browser tests look for /usr/bin/chromium and /usr/bin/chromedriver; point them elsewhere
# when the machine has them elsewhere (a snap, Homebrew, another distribution's names).
properties=()
browser="$(find_browser)"
driver="$(find_driver)"
if [ -n "$browser" ] && [ "$browser" != /usr/bin/chromium ]; then
  properties+=("-Dhuike.chromium=$browser")
fi
if [ -n "$driver" ] && [ "$driver" != /usr/bin/chromedriver ]; then
  properties+=("-Dhuike.chromedriver=$driver")
fi

# (the +-form: an empty array under set -u, also for the bash 3.2 of macOS)
./mvnw ${properties[@]+"${properties[@]}"} "$@" verify

# The OpenAPI document lints clean with the standard linter (Spectral, ruleset spectral:oas, see
# .spectral.yaml): ApiDocumentationTests wrote the document the app serves. Only after a whole run
# (a run of a few tests may leave an old document), and warnings count as failures.
full_run=true
for arg in "$@"; do
  [ "$arg" = "-B" ] || full_run=false
done
if $full_run; then
  if ! command -v npx >/dev/null 2>&1; then
    say "npx (Node.js) not found: the OpenAPI lint (Spectral) was not run. Install Node.js to run it."
  elif [ ! -s crm-web/target/openapi.json ]; then
    say "crm-web/target/openapi.json is missing: ApiDocumentationTests did not write the OpenAPI document."
    exit 1
  else
    say "linting the OpenAPI document with Spectral (spectral:oas)"
    npx --yes @stoplight/spectral-cli@6.16.3 lint --fail-severity=warn --ruleset .spectral.yaml \
      crm-web/target/openapi.json
  fi
fi
