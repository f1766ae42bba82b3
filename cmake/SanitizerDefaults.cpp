// Default sanitizer options and leak suppressions, linked into every program of a MAQA_SANITIZE build (see
// MaqaCompilerFlags.cmake), so `ctest`, a test run by hand and the fuzzers all behave alike. ASAN_OPTIONS,
// UBSAN_OPTIONS and LSAN_OPTIONS in the environment still override these.

// Each suppression is a leak inside a third-party library that Maqa cannot free, with the reason it is harmless.
// Never suppress a Maqa frame: fix the leak instead.
static const char kLeakSuppressions[] =
    // Qt Quick's scene graph keeps image textures (QQuickImage, and the Material style's tinted icons through
    // QQuickColorImage) in a reference-counted texture cache it never tears down at exit: the same few KiB of
    // indirect leaks, allocated inside Qt, in every QML test whatever the page. Frames are those of a fast unwind.
    "leak:QSGTexture::QSGTexture\n"
    "leak:QImageData::create\n"
    "leak:QPixmap::fromImage\n"
    "leak:QtSharedPointer::ExternalRefCountData::getAndRef\n"
    "leak:libQt6Quick.so\n";

extern "C" {

// Called by ASan before reading ASAN_OPTIONS.
const char *__asan_default_options()
{
    return "detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=0";
}

// Called by UBSan: every report with a stack, and fatal (the build also uses -fno-sanitize-recover).
const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}

// Called by LeakSanitizer at exit.
const char *__lsan_default_suppressions()
{
    return kLeakSuppressions;
}
}
