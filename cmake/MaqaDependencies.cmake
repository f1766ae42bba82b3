# Finds every third-party dependency once, as imported targets the folders link against.
# Qt for app, sync client and server; SQLCipher, libsodium, nlohmann/json and cpp-httplib through pkg-config or CMake.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)

set(MAQA_QT_COMPONENTS Core Network Sql Test Gui)
if(MAQA_BUILD_APP)
  list(APPEND MAQA_QT_COMPONENTS Qml Quick QuickControls2 QuickTest)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${MAQA_QT_COMPONENTS})
qt_standard_project_setup()
