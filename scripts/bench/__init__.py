"""Benchmarks of openhands-client against the reference client (``make bench``).

``driver`` runs everything; ``ours`` and ``reference`` are the per-client measurement programs
(each run in a fresh process of its client's interpreter), ``floor`` and ``cold`` measure the
same work without a client; ``common`` holds what they share (among it ``Rest``, the one plain
REST helper); ``fixtures`` owns the real agent server, the scripted LLM's extra scripts and the
cached 10,000-event conversation; ``replay_server`` is the local socket server the
measurements use (the cuttable TCP proxy is ``harness.proxy``); ``report`` turns results into
the table, checked against ``targets.json``.
"""
