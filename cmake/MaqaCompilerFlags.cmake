# Compiler warnings, binary hardening (PIE, full RELRO, stack protector, _FORTIFY_SOURCE), the sanitizer build and
# the fuzz build. Included once from the top-level CMakeLists.txt; applies to every target below it.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()

add_compile_options(-Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
add_compile_options(-fstack-protector-strong -fstack-clash-protection)
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)

# The fuzz build instruments everything for libFuzzer's coverage feedback and always runs with the sanitizers, so
# one clang build serves both the fuzzers and the sanitizer test suite (sanitizer_common supplies the coverage
# callbacks to the test programs, which do not link libFuzzer).
if(MAQA_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MAQA_FUZZ=ON needs clang: configure with -DCMAKE_C_COMPILER=clang "
                        "-DCMAKE_CXX_COMPILER=clang++ (tests/fuzz/run does).")
  endif()
  set(MAQA_SANITIZE ON CACHE BOOL "Build with AddressSanitizer and UndefinedBehaviorSanitizer" FORCE)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(MAQA_SANITIZE)
  # -O1 (after the build type's -O2, so it wins) keeps reports exact and the build quick.
  add_compile_options(-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
else()
  # _FORTIFY_SOURCE needs optimisation and conflicts with ASan's interceptors.
  add_compile_options($<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
endif()

# A faster linker when one is installed: the test suite links some fifty programs against Qt and the static
# libraries, and GNU ld spends most of an incremental build doing it. MAQA_LINKER=default keeps the system's.
set(MAQA_LINKER "auto" CACHE STRING "Linker: auto (lld, else gold, else the default), lld, gold or default")
if(NOT MAQA_LINKER STREQUAL "default")
  set(maqa_linker_choice "")
  if(MAQA_LINKER STREQUAL "auto")
    find_program(MAQA_LLD NAMES ld.lld)
    find_program(MAQA_GOLD NAMES ld.gold)
    if(MAQA_LLD)
      set(maqa_linker_choice lld)
    elseif(MAQA_GOLD)
      set(maqa_linker_choice gold)
    endif()
  else()
    set(maqa_linker_choice ${MAQA_LINKER})
  endif()
  if(maqa_linker_choice)
    add_link_options(-fuse-ld=${maqa_linker_choice})
  endif()
endif()

# Debug information: full (-g) by default; MAQA_DEBUG_INFO=line keeps file:line in backtraces and sanitizer reports
# at a fraction of the compile and link time (what CI uses).
set(MAQA_DEBUG_INFO "full" CACHE STRING "Debug information in RelWithDebInfo/Debug builds: full or line")
if(MAQA_DEBUG_INFO STREQUAL "line")
  add_compile_options($<$<OR:$<CONFIG:RelWithDebInfo>,$<CONFIG:Debug>>:-g1>)
endif()

# Every program of a sanitizer build starts with Maqa's default sanitizer options and leak suppressions
# (cmake/SanitizerDefaults.cpp). The object is compiled at configure time and handed to every link, so no target's
# own CMakeLists.txt has to remember it.
if(MAQA_SANITIZE)
  set(maqa_sanitizer_defaults ${CMAKE_BINARY_DIR}/maqa-sanitizer-defaults.o)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -c -O1 -fPIC ${CMAKE_CURRENT_LIST_DIR}/SanitizerDefaults.cpp
                          -o ${maqa_sanitizer_defaults} RESULT_VARIABLE maqa_sanitizer_defaults_result)
  if(NOT maqa_sanitizer_defaults_result EQUAL 0)
    message(FATAL_ERROR "Cannot compile cmake/SanitizerDefaults.cpp")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/SanitizerDefaults.cpp)
  add_link_options(${maqa_sanitizer_defaults})
endif()

# Precompiled headers for the large libraries: nlohmann/json and the standard headers every one of their files
# includes cost more to parse than most of those files themselves. Applied once the whole tree is configured, so
# no folder's CMakeLists.txt has to know; MAQA_PCH=OFF checks that every file still includes what it uses.
option(MAQA_PCH "Precompile the heavy third-party headers of the large libraries" ON)
function(maqa_precompile_headers)
  foreach(target maqa_core maqa_protocol maqa_store maqa_server_lib maqa_sync_client maqa_appcore maqa_report)
    if(TARGET ${target})
      target_precompile_headers(${target} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:<nlohmann/json.hpp$<ANGLE-R>>
                                $<$<COMPILE_LANGUAGE:CXX>:<string$<ANGLE-R>> $<$<COMPILE_LANGUAGE:CXX>:<vector$<ANGLE-R>>
                                $<$<COMPILE_LANGUAGE:CXX>:<memory$<ANGLE-R>> $<$<COMPILE_LANGUAGE:CXX>:<map$<ANGLE-R>>
                                $<$<COMPILE_LANGUAGE:CXX>:<optional$<ANGLE-R>>)
    endif()
  endforeach()
endfunction()
if(MAQA_PCH)
  cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL maqa_precompile_headers)
endif()
