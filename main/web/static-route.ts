/**
 * Serves the built renderer (`dist/renderer`): files only, `index.html` for
 * `/`, no directory listing, nothing outside the folder (no `..`, no
 * symlink escape).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative } from 'node:path';
import { contentTypeOf } from './mime';
import { sendText } from './send';

/** True when `target` is `root` itself or lies inside it. */
function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Finds the file a URL path names inside `staticDir`, or null when there is none to serve. */
export async function resolveStaticFile(staticDir: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const segments = wanted.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  let root: string;
  try {
    root = await realpath(staticDir);
  } catch {
    return null;
  }
  const candidate = join(root, ...segments);
  if (!isInside(root, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!isInside(root, real) || real === root) return null;
    const info = await stat(real);
    return info.isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Answers a GET or HEAD for a static file; 404 for anything that is not one of ours. */
export async function handleStaticRequest(req: IncomingMessage, res: ServerResponse, pathname: string, staticDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Phương thức không được hỗ trợ.');
    return;
  }
  const file = await resolveStaticFile(staticDir, pathname);
  if (file === null) {
    sendText(res, 404, 'Không tìm thấy.');
    return;
  }
  const info = await stat(file);
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeOf(file));
  res.setHeader('Content-Length', info.size);
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

