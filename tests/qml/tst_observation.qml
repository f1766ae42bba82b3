// Drives Day in the Life through its page and the real FormController: start for a case code, the submit refusal
// with its list, timeline entries kept in time order with ratings, the 24-hour view, quick quotes, submit.
import QtQuick
import QtTest
import Maqa
import MaqaTest

MaqaTestCase {
    id: testCase

    property string uuid

    name: "Observation"

    function initTestCase() {
        openWindowWithNewStore();
    }
    function cleanupTestCase() {
        window.destroy();
    }

    function test_1_startAChildObservation() {
        item("startTemplate").currentIndex = TemplateCatalog.templates.findIndex(t => t.id === "ditl-child");
        const code = item("startCaseCode");
        code.text = "DL-2026-007";
        code.textEdited();
        click("startButton");
        tryVerify(() => find("observationPage") !== null);
        uuid = FormController.uuid;
        compare(FormController.kind, "observation");
    }

    function test_2_submitIsRefusedWithTheList() {
        click("submitButton");
        tryVerify(() => FormController.submitRefused);
        click("issue:age_band");
        tryVerify(() => !FormController.submitRefused && find("issue:age_band") === null);
        compare(FormController.currentSection, 0);
    }

    function test_3_timelineGrowsInTimeOrder() {
        click("section:1");
        tryVerify(() => FormController.timelineHere);
        const time = item("timelineNewTime");
        time.text = "19:00";
        click("timelineAdd");
        time.text = "07:30";
        click("timelineAdd");
        compare(FormController.timeline.count, 2);
        const cards = find("timelineCards");
        tryVerify(() => cards.count === 2 && cards.itemAtIndex(0) && cards.itemAtIndex(0).time === "07:30");
        const first = cards.itemAtIndex(0);
        verify(first.objectName.startsWith("timelineCard:"));
        const firstId = first.objectName.split(":")[1];
        compare(Fixtures.storedAnswer(uuid, "timeline/" + firstId + "/time"), "\"07:30\"");
        activate(editor("timeline/" + firstId + "/rating", "concern"));
        const block = editor("timeline/" + firstId + "/block", "combo"); // eight blocks: a drop-down
        block.currentIndex = 1;
        block.activated(1);
        compare(Fixtures.storedAnswer(uuid, "timeline/" + firstId + "/block"), "\"waking\"");
        const experience = editor("timeline/" + firstId + "/experience", "longtext");
        experience.forceActiveFocus();
        experience.text = "I wake up and nobody comes for a long time.";
        item("timelineNewTime").forceActiveFocus();
        compare(Fixtures.storedAnswer(uuid, "timeline/" + firstId + "/rating"), "\"concern\"");
        compare(Fixtures.storedAnswer(uuid, "timeline/" + firstId + "/experience"), "\"I wake up and nobody comes for a long time.\"");
        compare(FormController.timeline.daySegments()[0].rating, "concern");
        click("dayViewButton");
        tryVerify(() => find("dayViewClock") !== null && find("dayViewClock").visible);
        keyClick(Qt.Key_Escape);
        tryVerify(() => find("dayViewClock") === null || !find("dayViewClock").visible);
    }

    function test_4_quotesInOneStep() {
        click("section:2");
        tryVerify(() => FormController.quotesHere);
        item("quoteWords").text = "Mum makes pancakes on Saturdays";
        item("quoteTime").text = "08:10";
        item("quoteContext").text = "at breakfast";
        click("quoteAdd");
        compare(FormController.quotes.count, 1);
        compare(item("quoteWords").text, "");
        tryVerify(() => !find("question:no_quotes_reason").visible); // relevant only without quotes
    }

    function test_5_submitGoesToTheOutbox() {
        FormController.fillSample();
        click("submitButton");
        tryVerify(() => FormController.readOnly);
        tryCompare(SyncController, "waitingCount", 1, 5000); // the engine recounts once the outbox settles
        verify(SyncController.statusText.indexOf("Not enrolled") === 0);
    }
}
