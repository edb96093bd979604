"""PeerHaven: peer support groups, self-hosted."""

__version__ = "0.1.0"
