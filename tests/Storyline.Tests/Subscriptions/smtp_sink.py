#!/usr/bin/env python3
"""Loopback SMTP sink for Storyline's subscription tests and benchmark (Debian python3-aiosmtpd).

Usage: smtp_sink.py HOST PORT OUTDIR
Writes every accepted message to OUTDIR as <time_ns>-<n>.eml, with the envelope recipients in a first
X-Envelope-To line. Refuses recipients whose local part starts with "bounce" (550, permanent) or "busy"
(451, temporary), so tests can exercise both paths. Prints "ready" once listening.
"""
import asyncio
import itertools
import os
import sys
import time

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, out):
        self.out = out
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("bounce"):
            return "550 5.1.1 mailbox unavailable"
        if local.startswith("busy"):
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}-{next(self.counter):07d}"
        tmp = os.path.join(self.out, "." + name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(("X-Envelope-To: " + ",".join(envelope.rcpt_tos) + "\r\n").encode("utf-8"))
            f.write(envelope.original_content or envelope.content)
        # Renamed only when complete, so a reader never sees half a message.
        os.rename(tmp, os.path.join(self.out, name + ".eml"))
        return "250 2.0.0 accepted"


async def main():
    host, port, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    handler = Sink(out)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, enable_SMTPUTF8=True, data_size_limit=10 * 1024 * 1024, hostname="sink.test"),
        host, port, reuse_address=True)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
