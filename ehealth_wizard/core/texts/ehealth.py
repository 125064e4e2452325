"""English texts for the ehealth codes: code -> str.format template over the Problem's params."""

TEXTS: dict[str, str] = {
    # --- stage titles (core/ehealth/stages.py: stage_title_code) -----------------------------
    "stage_signature": "Digital signature",
    "stage_signer": "Signer's key matches the facility",
    "stage_content": "Registration data",
    "stage_kved": "Types of activity (KVED)",
    "stage_edr": "State register (ЄДР) record",
    "stage_license": "Medical practice license",
    "stage_registration": "Registration in eHealth",
    "stage_invitation": "Invitation e-mail to the director",
    "stage_account": "Director accepted the invitation",
    "stage_registry": "Listed in the public registry",
    "stage_result": "Result",
    # --- stage statuses ------------------------------------------------------------------------
    "stage_status_running": "in progress",
    "stage_status_passed": "passed",
    "stage_status_failed": "failed",
    "stage_status_skipped": "skipped",
    "stage_status_pending": "waiting",
    # --- transport and protocol errors (core/ehealth/errors.py) --------------------------------
    "ehealth_error": (
        "Something went wrong while talking to the eHealth server {host}. Try again later."
    ),
    "network_unreachable": (
        "Cannot reach the eHealth server {host}: {reason}. Check the Internet connection and "
        "the server address, then try again."
    ),
    "network_timeout": ("The eHealth server {host} did not answer in time. Try again in a while."),
    "connection_dropped": (
        "The connection to the eHealth server {host} broke while it was answering. Check the "
        "Internet connection, then check the status before sending again."
    ),
    "tls_error": (
        "The secure connection to {host} failed: the server's certificate could not be "
        "verified. Check the server address and the computer's date and time."
    ),
    "insecure_server_url": (
        "The server address {url} does not start with https://, so the connection would not be "
        "protected. Use the https:// address."
    ),
    "bad_server_url": "{url} is not a valid server address (it must start with https://).",
    "server_error": (
        "The eHealth server {host} failed (HTTP {status}). Try again later. {message}"
    ),
    "bad_response": (
        "The server {host} gave an answer this program does not understand ({got}). Check the "
        "server address."
    ),
    "answer_too_large": (
        "The server {host} sent an answer larger than {limit_mb} MB; it was not read. Check the "
        "server address."
    ),
    "foreign_url": (
        "The server {host} pointed the program to another server ({foreign}); nothing was sent "
        "there. Check the server address."
    ),
    "insecure_http_submit": (
        "The server address {url} starts with http://, so the signed registration with personal "
        "data would travel unprotected. Use the https:// address."
    ),
    "stream_lost": (
        "The live progress of the checks was lost and could not be resumed ({reason}); the "
        "registration may still finish on the server. Check its status later."
    ),
    "submission_outcome_unknown": (
        "It is not known whether the server received the registration ({reason}), and asking it "
        "again did not settle it. Check the status before sending it again."
    ),
    # --- the server's refusals (whole request) -------------------------------------------------
    "server_refused": "eHealth refused the request (HTTP {status}): {message}",
    "server_validation_failed": "eHealth found errors in the registration: {message}",
    "server_conflict": "eHealth refused the registration: {message}",
    "server_malformed": "eHealth could not read the request: {message}",
    "server_access_denied": (
        "eHealth did not accept the program's credentials (API key or token); ask your MIS "
        "vendor's support to check them. {message}"
    ),
    "server_forbidden": (
        "eHealth does not allow these credentials (API key or token) to register facilities; "
        "ask your MIS vendor's support. {message}"
    ),
    "server_not_found": "eHealth has no such record, or the server address is wrong. {message}",
    "server_message": "eHealth: {description}",
    # --- the server's refusals on one field (Problem codes: server_<rule>) ---------------------
    "server_required": "eHealth: this field is required ({description}).",
    "server_format": "eHealth: the value has the wrong format ({description}).",
    "server_inclusion": "eHealth: the value is not allowed here ({description}).",
    "server_invalid": "eHealth: the value is not valid ({description}).",
    "server_length": "eHealth: the value has the wrong length ({description}).",
    "server_subset": "eHealth: the values are not allowed ({description}).",
    "server_number": "eHealth: the number is not valid ({description}).",
    "server_date": "eHealth: the date is not valid ({description}).",
    "server_cast": "eHealth: the value is of the wrong kind ({description}).",
    "server_schemata": "eHealth: the value is not written the way eHealth expects ({description}).",
    "server_unique": "eHealth: the value must be unique ({description}).",
    "server_exclusion": "eHealth: the value is not allowed ({description}).",
    "server_email": "eHealth: the e-mail address is not valid ({description}).",
    "server_schema_does_not_allow_additional_properties": (
        "eHealth: this field is not accepted here ({description})."
    ),
    "server_rule": "eHealth: {description} (rule {rule}).",
    # --- the CLI (commands/ehealth.py) ---------------------------------------------------------
    "signed_file_unreadable": "Cannot read the signed file {path}: {reason}.",
    "signed_file_empty": "The signed file {path} is empty.",
    "secret_not_stored": (
        "Registration accepted. Note for your MIS support: the facility's client secret could "
        "not be kept on this computer ({reason})."
    ),
    "secret_stored": "The facility's client secret is kept in the system's secure store.",
    "secret_handed_off": (
        "The facility's client credentials were handed to your MIS ({url}: HTTP {status}, "
        "attempt {attempts})."
    ),
    "secret_saved": "The facility's client credentials are saved to {path} (readable only by you).",
    "secret_shown_once": (
        "The facility's client credentials could not be kept anywhere. Copy them now and give "
        "them to your MIS: eHealth shows them only once."
    ),
    "secret_dropped_sandbox": (
        "Sandbox: the facility's client secret was not kept (no keyring, no --secret-out); on a "
        "real environment the program would refuse to submit."
    ),
    "secret_nowhere_sandbox": (
        "Warning: no keyring, no hand-off address and no --secret-out: on a real environment "
        "this submission would be refused before sending (the sandbox goes on)."
    ),
    "secret_destination_missing": (
        "Not sent: eHealth gives the facility's client secret only once, and this computer has "
        "nowhere to keep it (no keyring, no MIS hand-off address in the vendor profile). Run "
        "again with --secret-out FILE."
    ),
    "secret_file_unwritable": "Cannot save the client credentials to {path}: {reason}.",
    "handoff_failed": "Your MIS did not take the facility's client credentials ({url}): {reason}.",
    "handoff_url_invalid": "The MIS hand-off address must start with https:// (got {url}).",
    "sandbox_unavailable": "The embedded sandbox could not start: {reason}.",
    # --- the sandbox's own commands (commands/sandbox.py, sandbox/demo.py) ---------------------
    "sandbox_port_busy": "The sandbox cannot listen on 127.0.0.1 port {port}: {reason}.",
    "demo_key_refused": "The sandbox did not issue a demo key: {reason}.",
    "receipt_not_found": (
        "No receipt of {id} is kept on this computer. Give the signed file (.p7s) instead."
    ),
    "receipt_damaged": (
        "The receipt of {id} kept on this computer is damaged. Give the signed file (.p7s) instead."
    ),
}
