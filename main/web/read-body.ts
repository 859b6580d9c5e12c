/**
 * Reads a request body up to a size limit, so an oversized upload is
 * refused instead of filling memory. Each chunk is decoded as it arrives
 * (a UTF-8 sequence split between chunks is kept for the next one), so a
 * big upload is not copied twice more in one go at its end: the event loop
 * is blocked only by joining the text (see docs/files-from-outside.md for
 * the figures).
 */
import type { IncomingMessage } from 'node:http';
import { StringDecoder } from 'node:string_decoder';

/** The body was larger than allowed. */
export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`request body exceeds ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** Reads the whole body as UTF-8 (malformed bytes become U+FFFD, as before); rejects with `BodyTooLargeError` past `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError(limit));
      return;
    }
    const decoder = new StringDecoder('utf8');
    const parts: string[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new BodyTooLargeError(limit));
        return;
      }
      parts.push(decoder.write(chunk));
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      parts.push(decoder.end());
      resolve(parts.join(''));
    });
    req.on('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });
  });
}
