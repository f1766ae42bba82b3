// The signals every question editor's intent leaves by, on the list that holds the question delegates. A base of its
// own so QuestionDelegate can reach its list without naming QuestionListView (which names QuestionDelegate).
import QtQuick

ListView {
    //! An answer chosen: path and value (undefined clears).
    signal answerEdited(string path, var value)
    //! Free text typed, saved after a pause.
    signal textEdited(string path, string text)
    //! Typing in a field finished: save now.
    signal textFinished(string path)
    //! Add an entry to repeat group `group`.
    signal entryAddRequested(string group)
    //! Remove entry `entryId` of repeat group `group`.
    signal entryRemoveRequested(string group, string entryId)
    //! The practitioner is at `path` (remembered for resuming).
    signal focused(string path)
}
