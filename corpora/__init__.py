"""hornbook's corpus domain: specs, vocabularies, recipes, backends, curation and the catalog.

Every corpus fingerprint covers a digest of the code that shapes shard bytes and the
versions of the libraries that do (`hornbook.corpora.provenance`), so a change to
generation, curation or publishing gives a new fingerprint without anyone bumping a string.
"""

__version__ = "0.1.0"
