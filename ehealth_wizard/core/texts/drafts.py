"""English texts for the drafts and wizard-flow codes: code -> str.format template over params."""

TEXTS: dict[str, str] = {
    # What happened while a draft was loaded (DraftRecovered / DraftMigrated events).
    "drafts.damaged.missing": "The draft file {file} is missing.",
    "drafts.damaged.unreadable": (
        "The draft file {file} cannot be read: {error}. It was set aside as {moved_to}."
    ),
    "drafts.damaged.not_utf8": (
        "The draft file {file} is damaged (it is not readable text); it was set aside as "
        "{moved_to}."
    ),
    "drafts.damaged.truncated": (
        "The draft file {file} is cut short (it was probably being written when the computer "
        "stopped); it was set aside as {moved_to}."
    ),
    "drafts.damaged.bad_json": (
        "The draft file {file} is damaged (its contents are garbled); it was set aside as "
        "{moved_to}."
    ),
    "drafts.damaged.wrong_shape": (
        "The draft file {file} does not hold a draft this program understands; "
        "it was set aside as {moved_to}."
    ),
    "drafts.recovered_from_backup": (
        "The previous copy of the draft (saved {saved_at}) was restored. "
        "The last changes may be missing."
    ),
    "drafts.recovery_failed": (
        "The draft {draft_id} and its backup copy are both damaged, so an empty form was opened. "
        "The damaged files were kept in the same folder; your support contact can look at them."
    ),
    "drafts.migrated": (
        "The draft was saved by an older version of the program (format {from_version}) "
        "and was updated to format {to_version}."
    ),
    # Errors (UserFacingError codes).
    "drafts.error": "Something is wrong with the draft.",
    "drafts.not_found": "There is no draft {draft_id}.",
    "drafts.bad_id": '"{draft_id}" is not a valid draft id.',
    "drafts.too_new": (
        "The draft {draft_id} was saved by a newer version of the program (format {version}; "
        "this one reads up to {supported}). Update the program to open it."
    ),
    "drafts.secret_refused": (
        "The draft was not saved because it would contain a password, PIN or key (in field "
        "{path}). Passwords and keys are never stored in drafts."
    ),
    "drafts.write_failed": (
        "The draft could not be saved to {file}: {error}. Check that the disk is not full and the "
        "folder can be written to, then try again."
    ),
    "drafts.import_unreadable": "The file {file} cannot be read: {error}.",
    "drafts.import_not_a_draft": (
        "The file {file} is neither a saved draft nor an eHealth legal-entity request."
    ),
    # The wizard's flow.
    "flow.error": "This step cannot be opened now.",
    "flow.step_incomplete": (
        "The step {step} still has {count} problem(s) to fix before you can go on."
    ),
    "flow.cannot_go_back": "You cannot go back from the step {step}.",
    "flow.not_visited": "The step {step} cannot be opened from here.",
    "flow.key_not_ready": "Choose your key and check it before you go on.",
    "flow.consent_missing": "Accept the public offer to go on.",
    "flow.not_submitted": "The registration has not been sent yet.",
    "flow.no_submission": "There is no sent registration to follow.",
}
