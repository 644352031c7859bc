"""The real-server harness shared by the tests, the benchmarks and make demo.

A real openhands-agent-server process (``agent_server``) and a stateless scripted
OpenAI-compatible LLM on loopback (``scripted_llm``), and a fault-injecting TCP proxy to put
between a client and the server (``proxy``).
"""
