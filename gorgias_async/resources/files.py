"""``client.files``: upload attachments, download private files."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO, Literal
from urllib.parse import unquote, urlsplit

from .._validate import check_choice
from ..models import UploadedFile
from ._base import Service, structure_list

FileType = Literal["attachment", "public_attachment", "profile_picture", "widget_picture"]
FILE_TYPES = ("attachment", "public_attachment", "profile_picture", "widget_picture")


class FilesSpecials(Service):
    """Files: ``POST /upload`` and ``GET /{file_type}/download/{domain_hash}/{name}``."""

    async def upload(
        self,
        source: str | Path | bytes | BinaryIO,
        *,
        name: str | None = None,
        content_type: str = "application/octet-stream",
        type: FileType = "attachment",
    ) -> UploadedFile:
        """Upload one file from a path, bytes or a binary stream; returns its URL and size.

        Pass the result in a message's ``attachments`` to attach it. A retried upload can
        only leave an orphan file behind, never a duplicate message.
        """
        check_choice(type, FILE_TYPES, "type")
        data, filename = _read(source, name)
        files = {filename: (filename, data, content_type)}
        body = await self._call("POST", "/upload", params={"type": type}, files=files)
        (uploaded,) = structure_list(body, UploadedFile)
        return uploaded

    async def download(
        self, url: str, *, to: str | Path | None = None, file_type: FileType = "attachment"
    ) -> bytes | Path:
        """Download a private file by its ``uploads.gorgias.io`` URL.

        Returns the bytes, or writes them to ``to`` and returns that path.
        """
        check_choice(file_type, FILE_TYPES, "file_type")
        parts = [p for p in urlsplit(url).path.split("/") if p]
        if len(parts) < 2:
            raise ValueError(f"url does not name an uploaded file: {url!r}")
        domain_hash, name = parts[-2], parts[-1]
        _check_segment(domain_hash, "url")
        _check_segment(name, "url")
        response = await self._call_raw("GET", f"/{file_type}/download/{domain_hash}/{name}")
        content: bytes = response.body
        if to is None:
            return content
        target = Path(to)
        target.write_bytes(content)  # noqa: ASYNC240 - one local write after the download
        return target


def _check_segment(segment: str, argument: str) -> str:
    """``segment`` if it stays one path segment of the download path (no ``..``, no
    slash, encoded or not), else ValueError naming ``argument``."""
    decoded = unquote(segment)
    if decoded in (".", "..") or any(c in decoded for c in "/\\") or not decoded.strip():
        raise ValueError(
            f"{argument}: {segment!r} is not a file name (it would leave the download path)"
        )
    return segment


def _read(source: Any, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, name or "file"
    if isinstance(source, str | Path):
        path = Path(source)
        return path.read_bytes(), name or path.name
    if isinstance(source, io.IOBase) or hasattr(source, "read"):
        return source.read(), name or Path(getattr(source, "name", "file")).name
    raise TypeError(f"source must be a path, bytes or a binary stream, not {type(source).__name__}")
