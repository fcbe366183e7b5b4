import { describe, expect, it, vi } from 'vitest';
import {
  NetworkError,
  withRetries,
  type RetryOptions,
} from '../../../src/net/index.js';
import { FakeTransport } from '../../helpers/fake-transport.js';

const URL_ =
  'https://notary.example.com/v2/example.com/acme/app/_trust/tuf/timestamp.json';

function setup(inner: FakeTransport, options: RetryOptions = {}) {
  const sleep = vi.fn((_ms: number) => Promise.resolve());
  const onRetry = vi.fn();
  const transport = withRetries(inner, {
    retries: 3,
    baseDelayMs: 100,
    sleep,
    onRetry,
    ...options,
  });
  return { transport, sleep, onRetry };
}

describe('#withRetries', () => {
  describe('when a GET answers 503 and then 200', () => {
    it('returns the 200 after one retry', async () => {
      const inner = new FakeTransport().on(
        'GET',
        URL_,
        { status: 503 },
        { status: 200, body: 'ok' }
      );
      const { transport, sleep, onRetry } = setup(inner);
      const res = await transport.request({ method: 'GET', url: URL_ });
      expect(res.status).toBe(200);
      expect(inner.requestCount).toBe(2);
      expect(sleep).toHaveBeenCalledTimes(1);
      expect(onRetry).toHaveBeenCalledExactlyOnceWith(
        'GET /v2/example.com/acme/app/_trust/tuf/timestamp.json',
        1,
        'HTTP 503'
      );
    });

    it('returns after sleeping no longer than the doubling backoff allows', async () => {
      const inner = new FakeTransport().on(
        'GET',
        URL_,
        { status: 500 },
        { status: 502 },
        { status: 200 }
      );
      const { transport, sleep } = setup(inner);
      await transport.request({ method: 'GET', url: URL_ });
      const delays = sleep.mock.calls.map(([ms]) => ms);
      expect(delays).toHaveLength(2);
      expect(delays[0]).toBeGreaterThanOrEqual(0);
      expect(delays[0]).toBeLessThan(100);
      expect(delays[1]).toBeLessThan(200);
    });
  });

  describe('when a HEAD keeps answering 500', () => {
    it('returns the last 500 after the configured retries', async () => {
      const inner = new FakeTransport().on('HEAD', URL_, { status: 500 });
      const { transport, onRetry } = setup(inner, { retries: 2 });
      const res = await transport.request({ method: 'HEAD', url: URL_ });
      expect(res.status).toBe(500);
      expect(inner.requestCount).toBe(3);
      expect(onRetry).toHaveBeenCalledTimes(2);
    });
  });

  describe('when a POST answers 503', () => {
    it('returns the 503 without retrying', async () => {
      const inner = new FakeTransport().on(
        'POST',
        URL_,
        { status: 503 },
        { status: 200 }
      );
      const { transport, sleep, onRetry } = setup(inner);
      const res = await transport.request({
        method: 'POST',
        url: URL_,
        body: new Uint8Array([1]),
      });
      expect(res.status).toBe(503);
      expect(inner.requestCount).toBe(1);
      expect(sleep).not.toHaveBeenCalled();
      expect(onRetry).not.toHaveBeenCalled();
    });
  });

  describe('when a POST fails with a retryable NetworkError', () => {
    it('throws it without retrying', async () => {
      const inner = new FakeTransport().onThrow(
        'POST',
        URL_,
        () => new NetworkError('reset', true)
      );
      const { transport } = setup(inner);
      await expect(
        transport.request({ method: 'POST', url: URL_ })
      ).rejects.toThrow(NetworkError);
      expect(inner.requestCount).toBe(1);
    });
  });

  describe('when a GET fails with a retryable NetworkError and then succeeds', () => {
    it('returns the response and reports the error as the reason', async () => {
      let n = 0;
      const inner = new FakeTransport().on('GET', URL_, () => {
        if (n++ === 0)
          throw new NetworkError('GET x: connection reset by the server', true);
        return { status: 200 };
      });
      const { transport, onRetry } = setup(inner);
      const res = await transport.request({ method: 'GET', url: URL_ });
      expect(res.status).toBe(200);
      expect(onRetry).toHaveBeenCalledWith(
        expect.any(String),
        1,
        'GET x: connection reset by the server'
      );
    });
  });

  describe('when a GET keeps failing with a retryable NetworkError', () => {
    it('throws the last error after 1 + retries attempts', async () => {
      let n = 0;
      const inner = new FakeTransport().onThrow(
        'GET',
        URL_,
        () => new NetworkError(`timeout ${++n}`, true)
      );
      const { transport, onRetry } = setup(inner, { retries: 3 });
      const err = await transport
        .request({ method: 'GET', url: URL_ })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect((err as Error).message).toBe('timeout 4');
      expect(inner.requestCount).toBe(4);
      expect(onRetry.mock.calls.map((c) => c[1])).toEqual([1, 2, 3]);
    });
  });

  describe('when a GET fails with a non-retryable NetworkError', () => {
    it('throws it at once', async () => {
      const inner = new FakeTransport().onThrow(
        'GET',
        URL_,
        () => new NetworkError('host not found', false)
      );
      const { transport, sleep } = setup(inner);
      await expect(
        transport.request({ method: 'GET', url: URL_ })
      ).rejects.toThrow('host not found');
      expect(inner.requestCount).toBe(1);
      expect(sleep).not.toHaveBeenCalled();
    });
  });

  describe('when a GET fails with an error that is not a NetworkError', () => {
    it('throws it at once', async () => {
      const inner = new FakeTransport().onThrow(
        'GET',
        URL_,
        () => new TypeError('bug')
      );
      const { transport } = setup(inner);
      await expect(
        transport.request({ method: 'GET', url: URL_ })
      ).rejects.toThrow(TypeError);
      expect(inner.requestCount).toBe(1);
    });
  });

  describe('when a GET answers 4xx', () => {
    it('returns it without retrying', async () => {
      const inner = new FakeTransport().on(
        'GET',
        URL_,
        { status: 404 },
        { status: 200 }
      );
      const { transport } = setup(inner);
      expect(
        (await transport.request({ method: 'GET', url: URL_ })).status
      ).toBe(404);
      expect(inner.requestCount).toBe(1);
    });
  });

  describe('when closed', () => {
    it('returns after closing the inner transport', () => {
      const inner = new FakeTransport();
      setup(inner).transport.close?.();
      expect(inner.closed).toBe(true);
    });
  });
});
