// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_METHOD_NAMES } from '../../../../common/api/contract';
import { ApiError } from '../../../../common/api/errors';
import { TOKEN_HEADER } from '../../../../common/api/http';
import { createApiClient } from '../../../../renderer/src/platform/api/client';
import { bridgeTransport } from '../../../../renderer/src/platform/api/bridgeTransport';
import { CONNECTION_LOST_MESSAGE, httpTransport } from '../../../../renderer/src/platform/api/httpTransport';
import { TOKEN_STORAGE_KEY, takeToken } from '../../../../renderer/src/platform/api/token';
import type { Transport } from '../../../../renderer/src/platform/api/transport';
import type { DuThaoBridge } from '../../../../common/api/bridge';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('createApiClient', () => {
  it('has one function per contract method', () => {
    const api = createApiClient(async () => ({ ok: true, value: null as never }));
    for (const m of API_METHOD_NAMES) expect(typeof api[m]).toBe('function');
  });

  it('returns the value of an ok envelope', async () => {
    const transport = vi.fn(async () => ({ ok: true as const, value: [{ id: 'a' }] })) as unknown as Transport;
    const api = createApiClient(transport);
    await expect(api.listDrafts({})).resolves.toEqual([{ id: 'a' }]);
    expect(transport).toHaveBeenCalledWith('listDrafts', {});
  });

  it('throws an ApiError carrying the code and Vietnamese message of a failed envelope', async () => {
    const api = createApiClient((async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy dự thảo.' } })) as unknown as Transport);
    const err = await api.getDraft({ id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('NOT_FOUND');
    expect((err as ApiError).message).toBe('Không tìm thấy dự thảo.');
  });

  it('calls the bridge function of the same name', async () => {
    const getAppInfo = vi.fn(async () => ({ ok: true, value: { version: '1' } }));
    const api = createApiClient(bridgeTransport({ getAppInfo } as unknown as DuThaoBridge));
    await expect(api.getAppInfo({})).resolves.toEqual({ version: '1' });
    expect(getAppInfo).toHaveBeenCalledWith({});
  });
});

describe('httpTransport', () => {
  it('posts JSON to /api/<method> with the token header', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse({ ok: true, value: { id: 'd1', revision: 2, updatedAt: 'x' } }));
    const api = createApiClient(httpTransport('secret-token', fetchImpl as unknown as typeof fetch));
    await api.saveDraft({ id: 'd1', doc: { type: 'doc', content: [] } });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/saveDraft');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('secret-token');
    expect(JSON.parse(init.body as string)).toEqual({ id: 'd1', doc: { type: 'doc', content: [] } });
  });

  it('turns a 401 envelope into an UNAUTHORIZED ApiError', async () => {
    const fetchImpl = async () => jsonResponse({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Thiếu mã truy cập.' } }, 401);
    const api = createApiClient(httpTransport(null, fetchImpl as unknown as typeof fetch));
    await expect(api.listDrafts({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('turns a network failure into a STORAGE ApiError saying the connection is lost', async () => {
    const fetchImpl = async () => {
      throw new TypeError('Failed to fetch');
    };
    const api = createApiClient(httpTransport('t', fetchImpl as unknown as typeof fetch));
    const err = (await api.saveDraft({ id: 'd', doc: { type: 'doc' } }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('STORAGE');
    expect(err.message).toBe(CONNECTION_LOST_MESSAGE);
    expect(err.message).toMatch(/^Mất kết nối với DuThao/);
  });

  it('does not pass a non-envelope body off as a result', async () => {
    const fetchImpl = async () => new Response('<html>proxy error</html>', { status: 502 });
    const api = createApiClient(httpTransport('t', fetchImpl as unknown as typeof fetch));
    await expect(api.listDrafts({})).rejects.toBeInstanceOf(ApiError);
  });
});

describe('takeToken', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('takes the token from #token=…, keeps it in sessionStorage and removes it from the address', () => {
    history.replaceState(null, '', '/index.html#token=abc123');
    expect(takeToken()).toBe('abc123');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(location.hash).toBe('');
    expect(location.href).not.toContain('abc123');
  });

  it('after a reload (no fragment) reads it back from sessionStorage', () => {
    history.replaceState(null, '', '/#token=xyz');
    takeToken();
    history.replaceState(null, '', '/#/draft/d1');
    expect(takeToken()).toBe('xyz');
    expect(location.hash).toBe('#/draft/d1');
  });

  it('returns null when there is no token anywhere', () => {
    expect(takeToken()).toBeNull();
  });
});
