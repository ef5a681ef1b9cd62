"""The retry policy, as pure functions."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from gorgias_async._retry import (
    RetryPolicy,
    delay_for,
    is_idempotent,
    is_retryable,
    parse_retry_after,
)
from gorgias_async.errors import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    DecodeError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)

POLICY = RetryPolicy()


def status_error(cls, status, method="GET", path="/tickets"):
    return cls("x", method=method, path=path, status=status, body=None, request_id=None)


class TestWhatIsRetried:
    """429 always; 5xx and network errors when safe; other 4xx never."""

    def test_idempotency(self):
        assert is_idempotent("GET", "/tickets")
        assert is_idempotent("PUT", "/tickets/1")
        assert is_idempotent("DELETE", "/tickets/1")
        assert not is_idempotent("POST", "/tickets")
        assert is_idempotent("POST", "/search")
        assert is_idempotent("POST", "/stats/overview")
        assert is_idempotent("post", "/reporting/stats")

    @pytest.mark.parametrize("method", ["GET", "POST"])
    def test_429_is_always_retried(self, method):
        assert is_retryable(status_error(RateLimitError, 429, method), POLICY)

    def test_5xx_only_when_idempotent_or_opted_in(self):
        assert is_retryable(status_error(InternalServerError, 503), POLICY)
        assert not is_retryable(status_error(InternalServerError, 503, "POST"), POLICY)
        opted_in = RetryPolicy(retry_non_idempotent=True)
        assert is_retryable(status_error(InternalServerError, 503, "POST"), opted_in)
        assert not is_retryable(status_error(InternalServerError, 501), POLICY)

    @pytest.mark.parametrize(("cls", "status"), [(BadRequestError, 400), (NotFoundError, 404)])
    def test_other_4xx_never(self, cls, status):
        assert not is_retryable(status_error(cls, status), POLICY)

    def test_connection_errors(self):
        refused = APIConnectionError("x", method="POST", path="/tickets", sent=False)
        reset = APIConnectionError("x", method="POST", path="/tickets", sent=True)
        timeout = APITimeoutError("x", method="GET", path="/tickets")
        assert is_retryable(refused, POLICY)  # provably not processed: safe even for POST
        assert not is_retryable(reset, POLICY)  # may have created a ticket
        assert is_retryable(timeout, POLICY)
        assert not is_retryable(ValueError(), POLICY)


class TestDelays:
    """Retry-After is a floor; backoff grows exponentially with jitter, capped."""

    def test_retry_after_is_never_undercut(self):
        error = status_error(RateLimitError, 429)
        error.retry_after = 2.0
        rng = random.Random(0)
        delays = [delay_for(error, 1, POLICY, rng) for _ in range(200)]
        assert min(delays) >= 2.0
        assert max(delays) <= 2.0 + 0.25

    def test_exponential_backoff_with_cap(self):
        error = status_error(InternalServerError, 503)
        rng = random.Random(1)
        for retry in range(1, 12):
            ceiling = min(POLICY.max_delay, POLICY.base_delay * 2 ** (retry - 1))
            value = delay_for(error, retry, POLICY, rng)
            assert ceiling / 2 <= value <= ceiling

    def test_parse_retry_after(self):
        assert parse_retry_after("5") == 5.0
        assert parse_retry_after("0.250") == 0.25
        assert parse_retry_after(None) is None
        assert parse_retry_after("soon") is None
        later = datetime.now(UTC) + timedelta(seconds=30)
        assert 25 < parse_retry_after(format_datetime(later, usegmt=True)) <= 30


class TestMoreRules:
    """Edge cases of the policy."""

    def test_connect_timeout_of_a_post_is_retried_but_a_read_timeout_not(self):
        connect = APITimeoutError("x", method="POST", path="/tickets", sent=False)
        read = APITimeoutError("x", method="POST", path="/tickets")
        assert is_retryable(connect, POLICY)
        assert not is_retryable(read, POLICY)

    @pytest.mark.parametrize("status", [501, 505])
    def test_permanent_5xx(self, status):
        assert not is_retryable(status_error(InternalServerError, status), POLICY)

    @pytest.mark.parametrize("status", [500, 502, 503, 504, 520])
    def test_transient_5xx(self, status):
        assert is_retryable(status_error(InternalServerError, status), POLICY)

    @pytest.mark.parametrize("path", ["/search", "/stats/overview", "/reporting/stats"])
    def test_read_only_posts_are_retried_on_5xx(self, path):
        assert is_retryable(status_error(InternalServerError, 502, "POST", path), POLICY)

    def test_undecodable_bodies_only_when_idempotent(self):
        read = DecodeError("x", method="GET", path="/tickets", status=200, text="<html>")
        create = DecodeError("x", method="POST", path="/tickets", status=201, text="<ht")
        assert is_retryable(read, POLICY)
        assert not is_retryable(create, POLICY)

    def test_retry_after_without_a_value_backs_off(self):
        error = status_error(RateLimitError, 429)
        assert error.retry_after is None
        assert 0 < delay_for(error, 1, POLICY, random.Random(0)) <= POLICY.base_delay


def test_wait_generator_feeds_errors_to_the_policy():
    """The backoff driver's generator answers each failure with the policy's delay."""
    from gorgias_async._retry import _waits

    waits = _waits(POLICY)
    assert waits.send(None) == 0.0  # backoff primes it
    error = status_error(RateLimitError, 429)
    error.retry_after = 3.0
    assert waits.send(error) >= 3.0
    assert waits.send(status_error(InternalServerError, 503)) <= POLICY.base_delay * 2
