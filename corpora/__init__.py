"""hornbook's corpus domain: specs, vocabularies, recipes, backends, curation and the catalog.

`CODE_VERSION` enters every corpus fingerprint: bump it whenever a change to generation,
curation or publishing can change the bytes of a published shard.
"""

__version__ = "0.1.0"
CODE_VERSION = f"hornbook-{__version__}"
