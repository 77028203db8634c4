"""Sending a plain email with Python's own smtplib, set up by the MAIL_* settings (coprod.config).

Nothing here knows what a message is about. Callers decide what goes in it and must keep
family words and names out: email leaves coprod and cannot be taken back.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from typing import Any


def mail_configured(config: Mapping[str, Any]) -> bool:
    """A mail server and a From address are set."""
    return bool(config.get("MAIL_SERVER") and config.get("MAIL_FROM"))


def message(config: Mapping[str, Any], to: str, subject: str, body: str) -> EmailMessage:
    """A plain-text email from MAIL_FROM to one person."""
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = config["MAIL_FROM"], to, subject
    mail.set_content(body)
    return mail


def send(config: Mapping[str, Any], messages: list[EmailMessage]) -> list[str]:
    """Send the messages over one connection, giving up after MAIL_TIMEOUT seconds of silence;
    the addresses the server refused (the others still go). Raises OSError or
    smtplib.SMTPException when the server is away, refuses to talk, or fails mid-way."""
    server, port = config["MAIL_SERVER"], int(config.get("MAIL_PORT") or 587)
    timeout = float(config.get("MAIL_TIMEOUT") or 10)
    security = config.get("MAIL_SECURITY") or "starttls"
    smtp = (smtplib.SMTP_SSL(server, port, timeout=timeout,
                             context=ssl.create_default_context())
            if security == "ssl" else smtplib.SMTP(server, port, timeout=timeout))
    with smtp:
        if security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD") or "")
        refused = []
        for mail in messages:
            try:
                smtp.send_message(mail)
            except smtplib.SMTPRecipientsRefused:
                refused.append(str(mail["To"]))
    return refused
