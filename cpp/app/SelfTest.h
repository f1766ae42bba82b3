// `maqa --self-test`: loads the main window and compiles every QML file of the module, offscreen, then exits.
// A CTest runs it, so a QML file that no longer loads fails the build's tests.
#pragma once

class QQmlApplicationEngine;

/** Loads qrc:/Maqa/Main.qml and every other file of the module; returns 0 when all load without errors. */
int runSelfTest(QQmlApplicationEngine &engine);
