// The names of the settings the sync engine keeps in the encrypted store (store::SettingsRepository), in one place,
// so the app, maqa-cli and the engine read the same keys. Every value is text; JSON where the setting has fields.
#pragma once

namespace maqa::client::keys {

/**
 * The enrolment, as JSON: {"server_url", "device_id", "device_name", "agency", "ca_file", "enrolled_at"}.
 * Present exactly when the device is enrolled (`maqa-cli status` reads it as "enrolled"). "ca_file" is "" when the
 * system's certificate authorities are trusted; "enrolled_at" is a UTC timestamp.
 */
inline constexpr const char *kEnrolment = "enrolment";

/** The device's bearer token, exactly as the server sent it once at enrolment. */
inline constexpr const char *kDeviceToken = "sync.device_token";

/** Base64 of the device's 64-byte Ed25519 secret key (its public key is derived from it). Never leaves the store. */
inline constexpr const char *kDeviceSigningKey = "sync.device_signing_key";

/** The office's X25519 public key returns are sealed to, as JSON: {"public_key": base64, "key_id": hex}. */
inline constexpr const char *kOfficeKey = "sync.office_key";

/**
 * The office's policy as JSON: {"idle_lock_seconds", "unlock_failure_limit", "retention_days"} (protocol::Policy).
 * The app's session reads idle_lock_seconds from it; the engine applies unlock_failure_limit to the key file.
 */
inline constexpr const char *kPolicy = "policy";

/**
 * The largest request body the server accepts, in bytes (from GET /config). Larger envelopes are refused on the
 * device: the server answers 413 and cuts the connection, and a client still sending may never see that answer.
 */
inline constexpr const char *kMaxBodyBytes = "sync.max_body_bytes";

/** The opaque cursor of the last review change applied (GET /reviews?after=). */
inline constexpr const char *kReviewCursor = "sync.review_cursor";

/** UTC timestamp of the last pass in which every part of the sync succeeded. */
inline constexpr const char *kLastSuccess = "sync.last_success";

/** The reason of the last sync failure in plain words ("" after a clean pass), for the app after a restart. */
inline constexpr const char *kLastError = "sync.last_error";

} // namespace maqa::client::keys
