# Installs what Kinora needs, from Debian's packages and the npm registry only. Sourced by
# scripts/run and scripts/test; safe to re-run (does nothing when everything is present).

# Runs a command as root: directly when we are root (CI), through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

KINORA_APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  clang-format clang-tidy
  nlohmann-json3-dev libcli11-dev libspdlog-dev libfmt-dev libboost-dev libbox2d-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev ffmpeg
  libcairo2-dev libpango1.0-dev librsvg2-dev fonts-dejavu-core
  libespeak-ng-dev espeak-ng-data
  libsodium-dev libsoci-dev libsqlite3-dev libpq-dev postgresql
  libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base openclipart-svg
  nodejs
)

install_system_packages() {
  local missing=() pkg
  for pkg in "${KINORA_APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  # npm ships with the machine's Node; Debian's own npm is only needed where it does not.
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}

# npm packages (art, test tools) pinned by package-lock.json; skipped when node_modules already
# matches the lock file.
install_node_packages() {
  local stamp=node_modules/.package-lock.json
  if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ]; then return 0; fi
  echo "==> installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
}

install_dependencies() {
  install_system_packages
  install_node_packages
}

# configure_and_build BUILD_DIR [cmake args...]: an incremental Ninja build.
configure_and_build() {
  local dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja "$@"
  fi
  cmake --build "$dir" --parallel "$(nproc)"
}
