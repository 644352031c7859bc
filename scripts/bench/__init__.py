"""Benchmarks of openhands-client against the reference client (``make bench``).

``driver`` runs everything; ``ours`` and ``reference`` are the per-client measurement programs
(each run in a fresh process of its client's interpreter); ``fixtures`` owns the real agent
server, the scripted LLM and the cached 10,000-event conversation; ``replay_server`` is the
local socket server the measurements use (the cuttable TCP proxy is ``harness.proxy``).
"""
