"""Hardware tokens through PKCS#11 (python-pkcs11): modules, tokens, PIN, the TokenSigner.

modules.py  where modules are installed; loading one (shared, locked)
session.py  listing tokens and certificates; PinPrompt; login
signer.py   TokenSigner (Signer protocol), TokenKeySource (KeySource), open_token_signer
vendor.py   Ukrainian vendor mechanisms and the DSTU r‖s byte-order table
errors.py   every expected failure, each with its own code (texts in core/texts/tokens.py)
"""
