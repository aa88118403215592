"""``python -m sms_emulator``: serve all four provider APIs on one port."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from .app import create_app
from .outbound import OutboundPolicy
from .state import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sms_emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8025, help="port to listen on (default 8025)")
    parser.add_argument("--db", metavar="PATH", help="keep the state in this SQLite file (default: in memory)")
    parser.add_argument(
        "--delivery-delay",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="emulated seconds from sending to the final delivery state (default 2)",
    )
    parser.add_argument(
        "--callback-host",
        action="append",
        default=[],
        metavar="HOST",
        help="also deliver callbacks to HOST (repeatable; '*' for any). Loopback is always allowed.",
    )
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    args = parser.parse_args(argv)

    settings = Settings(
        db_path=args.db,
        delivery_delay=args.delivery_delay,
        outbound=OutboundPolicy(allowed_hosts=frozenset(args.callback_host)),
    )
    app = create_app(settings)
    base = f"http://{args.host}:{args.port}"
    print(f"SMS emulator on {base} (state: {args.db or 'in memory'})")
    for provider in app.state.providers.values():
        print(f"  {provider.name:<8} {base}{provider.prefix}")
        for label, value in provider.demo_credentials().items():
            print(f"           {label}: {value}")
    print(f"  control  {base}/_emulator/  (reset, clock, messages, callbacks)")
    sys.stdout.flush()
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
