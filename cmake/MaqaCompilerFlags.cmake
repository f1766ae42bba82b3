# Compiler warnings, binary hardening (PIE, full RELRO, stack protector, _FORTIFY_SOURCE) and the sanitizer build.
# Included once from the top-level CMakeLists.txt; applies to every target below it.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()

add_compile_options(-Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
add_compile_options(-fstack-protector-strong -fstack-clash-protection)
if(NOT MAQA_SANITIZE)
  # _FORTIFY_SOURCE needs optimisation and conflicts with ASan's interceptors.
  add_compile_options($<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
endif()
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)

if(MAQA_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
