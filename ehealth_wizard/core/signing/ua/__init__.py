"""The Ukrainian primitives: GF(2^m), DSTU 4145, GOST 28147 and GOST 34.311.

Pure arithmetic on bytes and integers with no ASN.1, files or CMS: everything
here is checked against published vectors and knows nothing of the containers,
signatures or certificates built on top of it.
"""
