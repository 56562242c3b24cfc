"""The processing stages: plain, synchronous, deterministic Python.

Each stage works without a broker; ``streams.app`` wraps them in thin Faust
agents and ``streams.pipeline`` chains them in-process for ``claimwatch analyze``.
"""
