// A ListView whose delegates report what the practitioner did through one signal, so delegates in their own files
// can reach their list without naming its concrete type (which would make the two files depend on each other).
import QtQuick

ListView {
    //! A delegate was acted on: `action` ("open", "reopen", "choose", ...) with up to two keys.
    signal activated(string action, string key, string detail)
}
