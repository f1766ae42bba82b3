// The one place for Maqa's colours, spacing and type: every other QML file reads these, never literals.
// textScale follows the user's text-size setting, so all type grows together (accessibility).
pragma Singleton

import QtQuick
import Maqa

QtObject {
    //! Multiplies every font size: the practitioner's setting, kept in the store (1.0 while locked).
    readonly property real textScale: SettingsController.textScale

    //! Brand and surfaces: calm, high-contrast, readable in daylight on a tablet.
    readonly property color primary: "#1F5C7A"
    readonly property color primaryDark: "#143F55"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color accent: "#C76A1B"
    readonly property color background: "#F4F6F8"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#EAEEF2"
    readonly property color divider: "#D5DCE3"
    readonly property color text: "#1B2430"
    readonly property color textMuted: "#56616F"
    readonly property color textOnDark: "#FFFFFF"

    //! States: errors, warnings (e.g. a possible identifier), success, and the action plan's RAG.
    readonly property color error: "#B3261E"
    readonly property color errorSurface: "#FCE8E6"
    readonly property color warning: "#8A5A00"
    readonly property color warningSurface: "#FFF3D6"
    readonly property color success: "#1E7D4F"
    readonly property color successSurface: "#E3F4EA"
    readonly property color info: "#1F5C7A"
    readonly property color infoSurface: "#E4EFF5"
    readonly property color ragRed: "#C62828"
    readonly property color ragAmber: "#E89B00"
    readonly property color ragGreen: "#2E7D32"
    readonly property color transparent: "transparent"

    //! Day in the Life ratings: a strength, a concern, not known (also the 24-hour picture's colours).
    readonly property color ratingStrength: "#2E7D32"
    readonly property color ratingConcern: "#C62828"
    readonly property color ratingUnknown: "#8A94A3"
    readonly property color ratingEmpty: "#E4E8EC"

    //! Spacing on an 8-point grid; touch targets at least 48 px (Material's minimum).
    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingLarge: 16
    readonly property int spacingXL: 24
    readonly property int margin: 24
    readonly property int touchTarget: 48
    readonly property int radius: 8
    readonly property int contentMaxWidth: 880

    //! Type sizes in pixels, scaled by textScale.
    readonly property int fontSmall: Math.round(13 * textScale)
    readonly property int fontBody: Math.round(16 * textScale)
    readonly property int fontLarge: Math.round(18 * textScale)
    readonly property int fontTitle: Math.round(22 * textScale)
    readonly property int fontHeadline: Math.round(30 * textScale)

    //! The colour of a Day-in-the-Life rating (strength, concern, not_known; anything else: no rating yet).
    function ratingColor(rating: string): color {
        return rating === "strength" ? ratingStrength : rating === "concern" ? ratingConcern : rating === "not_known" ? ratingUnknown : ratingEmpty;
    }

    //! The colour of a return's state on the home page.
    function stateColor(state: string): color {
        switch (state) {
        case "draft":
            return info;
        case "submitted":
            return warning;
        case "delivered":
        case "approved":
            return success;
        case "returned":
            return error;
        default:
            return textMuted;
        }
    }

    //! A theme-count bar and the office's charts' neutral series.
    readonly property color chartBar: "#3F7FA3"

    //! The colour of grade `index` on a scale, best first (Outstanding, Good, Requires improvement, Inadequate).
    function gradeColor(index: int): color {
        switch (index) {
        case 0:
            return "#2E7D32";
        case 1:
            return "#7CB342";
        case 2:
            return "#E89B00";
        case 3:
            return "#C62828";
        default:
            return "#5C6BC0";
        }
    }

    //! The colour of a completeness cell's state (returned, drafting, overdue, not_started).
    function completenessColor(state: string): color {
        switch (state) {
        case "returned":
            return success;
        case "drafting":
            return info;
        case "overdue":
            return error;
        default:
            return textMuted;
        }
    }

    //! The background of a completeness cell's state.
    function completenessSurface(state: string): color {
        switch (state) {
        case "returned":
            return successSurface;
        case "drafting":
            return infoSurface;
        case "overdue":
            return errorSurface;
        default:
            return surface;
        }
    }

    //! The colour of an action's RAG status (red, amber, green, complete).
    function ragColor(rag: string): color {
        switch (rag) {
        case "red":
            return ragRed;
        case "amber":
            return ragAmber;
        case "green":
            return ragGreen;
        default:
            return info;
        }
    }

    //! The colour of a review state (received, has_issues, approved; anything else: not reviewed).
    function reviewColor(state: string): color {
        switch (state) {
        case "approved":
            return success;
        case "has_issues":
            return error;
        case "received":
            return info;
        default:
            return textMuted;
        }
    }

    //! The colour of a passphrase strength score, 0 (unusable) to 4 (strong).
    function strengthColor(score: int): color {
        switch (score) {
        case 0:
            return "#B3261E";
        case 1:
            return "#D9582B";
        case 2:
            return "#C78A00";
        case 3:
            return "#5E8F2E";
        default:
            return "#1E7D4F";
        }
    }
}
