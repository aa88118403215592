"""``sms-emulator`` (or ``python -m sms_emulator``): serve all four provider APIs and the inbox on one port."""

from __future__ import annotations

import argparse
import errno
import socket
import sys

from . import INSTALL_HINT, missing_modules
from .version import package_version


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="sms-emulator",
        description="Serve the tyntec, BYTEHAND, Jo Mobile and SMSC APIs, a control API and a web inbox on one port.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8025, help="port to listen on (default 8025; 0 picks a free one)")
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
    return parser.parse_args(argv)


def bind(host: str, port: int) -> socket.socket:
    """Take the port now, so that a taken one fails before anything is printed or built."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = missing_modules()
    if missing:
        print(f"sms-emulator: the [emulator] extra is not installed ({', '.join(missing)} missing).", file=sys.stderr)
        print(f"Install it with: {INSTALL_HINT}", file=sys.stderr)
        return 1
    try:
        sock = bind(args.host, args.port)
    except OSError as error:
        reason = "is already in use" if error.errno == errno.EADDRINUSE else f"cannot be used ({error.strerror})"
        print(
            f"sms-emulator: port {args.port} on {args.host} {reason}; stop what holds it or pick another with --port",
            file=sys.stderr,
        )
        return 2
    import uvicorn

    from .app import create_app
    from .core.outbound import OutboundPolicy
    from .core.runtime import Settings
    from .core.store import StoreUnavailable

    settings = Settings(
        db_path=args.db,
        delivery_delay=args.delivery_delay,
        outbound=OutboundPolicy(allowed_hosts=frozenset(args.callback_host)),
    )
    try:
        app = create_app(settings)
    except StoreUnavailable as error:
        print(f"sms-emulator: the state file cannot be used: {error}", file=sys.stderr)
        return 2
    port = sock.getsockname()[1]
    base = f"http://{args.host}:{port}"
    print(f"SMS emulator {package_version()} on {base} (state: {args.db or 'in memory'})")
    print(f"  inbox    {base}/")
    for provider in app.state:
        print(f"  {provider.name:<8} {base}{provider.prefix}")
        for label, value in provider.demo_credentials().items():
            print(f"           {label}: {value}")
    print(f"  control  {base}/_emulator/  (reset, clock, messages, callbacks, health)")
    sys.stdout.flush()
    server = uvicorn.Server(uvicorn.Config(app, log_level=args.log_level))
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
