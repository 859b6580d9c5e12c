// The local web host, as a browser or an attacker on the same machine sees
// it: a real server on 127.0.0.1 answering with fake handlers.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../../common/api/http';
import { ApiError } from '../../../common/api/errors';
import { createDispatch } from '../../../main/api/dispatch';
import type { ApiHandlers } from '../../../main/api/handlers';
import { startWebHost, type WebHost } from '../../../main/web/server';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: opts.host ?? '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const calls: string[] = [];
const handlers = {
  listDrafts: () => {
    calls.push('listDrafts');
    return [];
  },
  getDraft: ({ id }: { id: string }) => {
    throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.', `no draft ${id}`);
  },
  trashDraft: () => {
    throw new ApiError('CONFLICT', 'Xung đột.', 'conflict');
  },
  restoreDraft: () => {
    throw new ApiError('STORAGE', 'Không ghi được.', 'read-only');
  },
  deleteDraft: () => {
    throw new Error('boom');
  },
  getSettings: () => ({ superiorBody: '', issuingBody: 'THÀNH ỦY CẦN THƠ', bodyCode: 'TU', place: 'Cần Thơ', profile: 'dang', userName: '', userRole: '' }),
} as unknown as ApiHandlers;

let host: WebHost;
let staticDir: string;
let outside: string;

function api(method: string, body: string | undefined, token: string | null = host.token, extra: Record<string, string> = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (token !== null) headers[TOKEN_HEADER] = token;
  return raw(host.port, { method: 'POST', path: API_PATH_PREFIX + method, headers, ...(body !== undefined ? { body } : {}) });
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'duthao-webhost-'));
  staticDir = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>DuThao</title><p>Thư viện dự thảo</p>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(outside, 'TOP SECRET');
  symlinkSync(outside, join(staticDir, 'link.txt'));
  host = await startWebHost({ dispatch: createDispatch(handlers), staticDir, maxRequestBytes: 1024 });
});

afterAll(async () => {
  await host?.close();
  rmSync(join(staticDir, '..'), { recursive: true, force: true });
});

describe('web host API', () => {
  it('listens on a random port of 127.0.0.1 and makes a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.port).toBeGreaterThan(0);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers a good call with the handler result', async () => {
    const res = await api('getSettings', '{}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: expect.objectContaining({ issuingBody: 'THÀNH ỦY CẦN THƠ' }) });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('treats an empty body as no arguments', async () => {
    const res = await api('listDrafts', undefined);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses a call without the token with 401 and does not run it', async () => {
    const before = calls.length;
    const res = await api('listDrafts', '{}', null);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(calls.length).toBe(before);
  });

  it('refuses a wrong token, even one differing in the last character or in length', async () => {
    const last = host.token.endsWith('A') ? 'B' : 'A';
    for (const bad of [host.token.slice(0, -1) + last, host.token + 'x', '', 'x']) {
      const res = await api('listDrafts', '{}', bad);
      expect(res.status, `token ${bad}`).toBe(401);
    }
  });

  it('answers bad arguments with a typed 400', async () => {
    const res = await api('getDraft', JSON.stringify({ id: 42 }));
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(body.error.message).toMatch(/không hợp lệ/);
  });

  it('answers an unknown method with 400 UNKNOWN_METHOD', async () => {
    for (const name of ['dropDatabase', 'constructor', '__proto__', 'toString', '']) {
      const res = await api(name, '{}');
      expect(res.status, name).toBe(400);
      expect(JSON.parse(res.body), name).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('maps typed service errors to their HTTP status', async () => {
    expect((await api('getDraft', '{"id":"nope"}')).status).toBe(404);
    expect((await api('trashDraft', '{"id":"a"}')).status).toBe(409);
    expect((await api('restoreDraft', '{"id":"a"}')).status).toBe(503);
    const internal = await api('deleteDraft', '{"id":"a"}');
    expect(internal.status).toBe(500);
    expect(JSON.parse(internal.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('answers malformed JSON with a typed 400 and keeps serving', async () => {
    for (const body of ['[1,2]', '"text"', '42']) {
      expect((await api('listDrafts', body)).status, body).toBe(400);
    }
    const res = await api('listDrafts', '{"trash": tru');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await api('listDrafts', '{}')).status).toBe(200);
  });

  it('refuses an oversized body with 413 and keeps serving', async () => {
    const res = await api('listDrafts', JSON.stringify({ pad: 'x'.repeat(5000) }));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await api('listDrafts', '{}')).status).toBe(200);
  });

  it('refuses GET on the API', async () => {
    const res = await raw(host.port, { path: API_PATH_PREFIX + 'listDrafts', headers: { [TOKEN_HEADER]: host.token } });
    expect(res.status).toBe(405);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const res = await api('listDrafts', '{}', host.token, { host: `evil.example:${host.port}` });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false });
    const page = await raw(host.port, { path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('accepts localhost:<port> as Host', async () => {
    const res = await api('listDrafts', '{}', host.token, { host: `localhost:${host.port}` });
    expect(res.status).toBe(200);
  });

  it('refuses cross-origin requests and accepts its own origin', async () => {
    expect((await api('listDrafts', '{}', host.token, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('listDrafts', '{}', host.token, { origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await api('listDrafts', '{}', host.token, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });
});

describe('web host static files', () => {
  it('serves index.html for / with the strict CSP and hardening headers', async () => {
    const res = await raw(host.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Thư viện dự thảo');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their MIME type', async () => {
    expect((await raw(host.port, { path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw(host.port, { path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('puts the security headers on API answers and errors too', async () => {
    for (const res of [await api('listDrafts', '{}', null), await raw(host.port, { path: '/missing.js' })]) {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/link.txt', '/%00index.html']) {
      const res = await raw(host.port, { path });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('TOP SECRET');
    }
  });

  it('does not list directories', async () => {
    const res = await raw(host.port, { path: '/assets/' });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('app.js');
  });

  it('is not reachable on other network interfaces', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) {
      // No non-loopback interface here: binding can still be checked on the loopback alias below.
      await expect(raw(host.port, { path: '/', host: '127.0.0.2' })).rejects.toThrow();
      return;
    }
    await expect(raw(host.port, { path: '/', host: external.address, headers: { host: `127.0.0.1:${host.port}` } })).rejects.toThrow();
  });
});
