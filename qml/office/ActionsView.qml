// The actions of the plan, sized to their content inside the page's scrolling, with what each action's delegate
// needs (the RAG choices) and the signals it leaves by, so delegates never name an outer id.
import QtQuick
import Maqa

ListView {
    //! The RAG statuses as [{name, label}].
    property var ragChoices: []

    //! Field `field` of action `actionId` was changed to `value`.
    signal fieldEdited(string actionId, string field, string value)
    //! The RAG status of `actionId` was changed to `rag`, with `note` for the history.
    signal ragChosen(string actionId, string rag, string note)
    //! `actionId` should leave the plan.
    signal removeRequested(string actionId)

    implicitHeight: contentHeight
    interactive: false
    spacing: Theme.spacingLarge
}
