"""English texts for the `reason` codes (core/reasons.py): why a file or connection failed.

They are filled into other texts' `{reason}` (drafts: `{error}`) placeholder, so each is a
lower-case phrase that reads well after "cannot be read: ". Keys are `reason.<code>`.
"""

TEXTS: dict[str, str] = {
    # --- files --------------------------------------------------------------------------------
    "reason.not_found": "the file or folder does not exist",
    "reason.permission_denied": "this user account has no permission to open or change it",
    "reason.is_a_directory": "it is a folder, not a file",
    "reason.not_a_directory": "a part of the path is a file, not a folder",
    "reason.disk_full": "the disk is full",
    "reason.read_only": "the disk or folder is read-only",
    "reason.name_too_long": "the file name is too long",
    "reason.in_use": "another program is using it",
    "reason.already_exists": "a file with this name already exists",
    "reason.io_error": "the disk or memory stick could not be read or written",
    "reason.not_text": "it is not a text file",
    "reason.not_json": (
        "it is not a saved registration or draft (the text is broken at line {line}, column "
        "{column})"
    ),
    "reason.not_a_certificate": "it is not a certificate file",
    # --- connections --------------------------------------------------------------------------
    "reason.refused": "the server is not accepting connections",
    "reason.timeout": "the server did not answer in time",
    "reason.dns": "the server's name could not be found (check the address and the Internet "
    "connection)",
    "reason.tls": "the secure connection could not be set up",
    "reason.reset": "the connection was cut off",
    "reason.network_down": "the network is not reachable (check the Internet connection)",
    "reason.address_in_use": "the address is already taken by another program",
    "reason.no_secure_store": "no secure password store",
    "reason.secure_store_failed": "the secure password store refused it",
    "reason.server_failed": "the server failed",
    "reason.not_a_file": "it is not an ordinary file (a device, a pipe or a folder)",
    "reason.too_large": "it is far larger than such a file can be",
    "reason.answer_too_large": "its answer was far longer than an acknowledgement can be",
    "reason.stream_ended": "the server stopped sending progress too early",
    "reason.follow_deadline": "the server took too long to finish the checks",
    "reason.too_many_reconnects": "the server kept closing the progress stream",
    # --- anything else ------------------------------------------------------------------------
    "reason.other": "an unexpected problem with the computer or the network",
}
