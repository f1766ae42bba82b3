// The settings the office's sync keeps in its encrypted store (store::SettingsRepository), in one place, so the app,
// maqa-cli and OfficeSync read the same names. The device's own keys are client/SettingKeys.h; a store is one or the
// other, never both.
#pragma once

namespace maqa::client::office_keys {

/** The store's role: "office" once `maqa-cli office init` (or the app's office set-up) made it the office's store. */
inline constexpr const char *kRole = "role";
/** The value of kRole for the office. */
inline constexpr const char *kOfficeRole = "office";

/**
 * The office's server, as JSON: {"server_url", "ca_file", "set_up_at"}. "ca_file" is "" when the system's
 * certificate authorities are trusted; "set_up_at" is a UTC timestamp.
 */
inline constexpr const char *kConnection = "office.connection";

/** The office token (`maqa-server admin init` prints it once), exactly as given. Never leaves the store. */
inline constexpr const char *kToken = "office.token";

/** The `next_after` of the last page of sealed returns opened and kept (GET /office/returns?after=). */
inline constexpr const char *kReturnsCursor = "office.returns_after";

/** UTC timestamp of the last sync in which every step succeeded. */
inline constexpr const char *kLastSuccess = "office.last_success";

/** The last sync failure in plain words ("" after a clean sync), so a restarted app shows it at once. */
inline constexpr const char *kLastError = "office.last_error";

/** The one-line summary of the last completed pull (OfficePullSummary::text()). */
inline constexpr const char *kLastSummary = "office.last_summary";

} // namespace maqa::client::office_keys
