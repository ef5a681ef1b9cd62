"""``client.files``: upload attachments, download private files."""

from __future__ import annotations

import builtins
import io
import mimetypes
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO, Literal
from urllib.parse import unquote, urlsplit

from .._validate import check_choice, check_str
from ..models import UploadedFile
from ._base import Service, structure_list

FileType = Literal["attachment", "public_attachment", "profile_picture", "widget_picture"]
FILE_TYPES = ("attachment", "public_attachment", "profile_picture", "widget_picture")
#: What :meth:`Files.upload_many` takes for each file: a path or a binary stream (named
#: after itself), or ``(name, source)`` / ``(name, source, content_type)``.
FileSource = str | Path | bytes | BinaryIO
UploadItem = FileSource | tuple[str, FileSource] | tuple[str, FileSource, str]


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

    async def upload_many(
        self, sources: Iterable[UploadItem], *, type: FileType = "attachment"
    ) -> builtins.list[UploadedFile]:
        """Upload several files in one request; returns them in the order given.

        Each item is a path or binary stream (named after itself), or ``(name, source)``
        or ``(name, source, content_type)`` with bytes, a path or a stream as the source.
        The content type, when not given, is guessed from the name
        (``application/octet-stream`` if it cannot be). Names must differ: Gorgias names
        each file after its form field.
        """
        check_choice(type, FILE_TYPES, "type")
        if isinstance(sources, str | bytes | Path) or not isinstance(sources, Iterable):
            raise TypeError("sources must be an iterable of files (not one file)")
        files: dict[str, tuple[str, bytes, str]] = {}
        for item in sources:
            name, data, content_type = _part(item)
            if name in files:
                raise ValueError(f"sources: two files are named {name!r}; rename one")
            files[name] = (name, data, content_type)
        if not files:
            raise ValueError("sources: give at least one file")
        body = await self._call("POST", "/upload", params={"type": type}, files=files)
        return structure_list(body, UploadedFile)

    async def download(
        self,
        url: str | None = None,
        *,
        domain_hash: str | None = None,
        resource_name: str | None = None,
        to: str | Path | None = None,
        file_type: FileType = "attachment",
    ) -> bytes | Path:
        """Download a private file by its ``uploads.gorgias.io`` URL, or by its
        ``domain_hash`` and ``resource_name`` (the URL's last two parts).

        Returns the bytes, or writes them to ``to`` and returns that path.
        """
        check_choice(file_type, FILE_TYPES, "file_type")
        domain_hash, name = _file_parts(url, domain_hash, resource_name)
        response = await self._call_raw("GET", f"/{file_type}/download/{domain_hash}/{name}")
        content: bytes = response.body
        if to is None:
            return content
        target = Path(to)
        target.write_bytes(content)  # noqa: ASYNC240 - one local write after the download
        return target


def _file_parts(
    url: str | None, domain_hash: str | None, resource_name: str | None
) -> tuple[str, str]:
    """``(domain_hash, resource_name)`` from a URL or given as such, checked."""
    if url is not None:
        if domain_hash is not None or resource_name is not None:
            raise TypeError("give url, or domain_hash and resource_name, not both")
        parts = [p for p in urlsplit(check_str(url, "url")).path.split("/") if p]
        if len(parts) < 2:
            raise ValueError(f"url does not name an uploaded file: {url!r}")
        return _check_segment(parts[-2], "url"), _check_segment(parts[-1], "url")
    if domain_hash is None:
        raise TypeError("give the file's url, or its domain_hash and resource_name")
    if resource_name is None:
        raise TypeError("resource_name: give it with domain_hash (the URL's last part)")
    for value, name in ((domain_hash, "domain_hash"), (resource_name, "resource_name")):
        _check_segment(check_str(value, name, empty=False), name)
    return domain_hash, resource_name


def _part(item: Any) -> tuple[str, bytes, str]:
    """``(name, bytes, content type)`` of one item of :meth:`Files.upload_many`."""
    content_type = None
    if isinstance(item, tuple):
        if len(item) not in (2, 3):
            raise TypeError("sources: a tuple is (name, source) or (name, source, content_type)")
        name = check_str(item[0], "name", empty=False)
        if len(item) == 3:
            content_type = check_str(item[2], "content_type", empty=False)
        data, name = _read(item[1], name)
    else:
        data, name = _read(item, None)
    guessed = mimetypes.guess_type(name)[0]
    return name, data, content_type or guessed or "application/octet-stream"


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
