# Every third-party library comes from Debian's packages (scripts/lib/deps.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(spdlog REQUIRED)
find_package(fmt REQUIRED)
find_package(box2d REQUIRED)
find_package(Boost 1.74 REQUIRED)

pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET
  libavcodec libavformat libavutil libswscale libswresample)
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo)
pkg_check_modules(RSVG REQUIRED IMPORTED_TARGET librsvg-2.0)
pkg_check_modules(ESPEAK REQUIRED IMPORTED_TARGET espeak-ng)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)

if(KINORA_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(KINORA_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
