// The questions of one section as a virtualised list (hundreds of rows stay fast), with the signals every editor's
// intent leaves by. The page forwards them; the list itself never writes anything.
import QtQuick
import QtQuick.Controls
import Maqa

QuestionListBase {
    id: root

    //! Brings the question at row `row` into view and gives it focus.
    function reveal(row: int) {
        if (row < 0)
            return;
        root.positionViewAtIndex(row, ListView.Beginning);
        root.currentIndex = row;
    }

    objectName: "questionList"
    clip: true
    reuseItems: false
    cacheBuffer: 800
    keyNavigationEnabled: false
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Questions")

    ScrollBar.vertical: ScrollBar {
        objectName: "questionScroll"
    }

    delegate: QuestionDelegate {
        width: ListView.view.width
    }
}
