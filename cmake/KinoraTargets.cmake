# Compile options shared by every Kinora target.
add_library(kinora_options INTERFACE)
target_compile_options(kinora_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(KINORA_WERROR)
  target_compile_options(kinora_options INTERFACE -Werror)
endif()
# Boost 1.74's asio/awaitable.hpp uses std::exchange without including <utility> (NOTES.md).
target_compile_options(kinora_options INTERFACE -include utility)
target_compile_definitions(kinora_options INTERFACE
  KINORA_VERSION="${PROJECT_VERSION}"
  KINORA_DEFAULT_ASSETS_DIR="${KINORA_DEFAULT_ASSETS_DIR}"
  KINORA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
if(KINORA_SANITIZE)
  # -O1 keeps the instrumented test build fast enough to render real clips.
  target_compile_options(kinora_options INTERFACE -fsanitize=address,undefined
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1)
  target_link_options(kinora_options INTERFACE -fsanitize=address,undefined)
endif()

# kinora_library(name SOURCES ... [DEPS ...]): a static library of one component. DEPS are
# public: a component's headers may expose the types of what it depends on.
function(kinora_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC kinora_options ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
endfunction()

# kinora_test(name SOURCES ... DEPS ... [LABELS ...]): a GoogleTest binary whose cases ctest
# runs one by one, so `ctest -j` spreads them over the cores.
function(kinora_test name)
  if(NOT KINORA_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPS;LABELS" ${ARGN})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 600)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE kinora_options ${ARG_DEPS} GTest::gtest GTest::gmock
    GTest::gtest_main)
  set(properties TIMEOUT ${ARG_TIMEOUT})
  if(ARG_LABELS)
    list(APPEND properties LABELS "${ARG_LABELS}")
  endif()
  gtest_discover_tests(${name} DISCOVERY_MODE PRE_TEST PROPERTIES ${properties})
endfunction()

# kinora_bench(name SOURCES ... DEPS ...): a Google Benchmark binary (built, not run by ctest).
function(kinora_bench name)
  if(NOT KINORA_BUILD_BENCH)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE kinora_options ${ARG_DEPS} benchmark::benchmark)
endfunction()
