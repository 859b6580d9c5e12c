// The web host's body reader decodes chunk by chunk: Vietnamese text whose
// UTF-8 bytes are split between chunks arrives intact, malformed bytes
// become U+FFFD as before, and the size limit still refuses a big body.
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBody } from '../../../main/web/read-body';

/** A request whose body arrives as the given chunks. */
function request(chunks: Uint8Array[], headers: Record<string, string> = {}): IncomingMessage {
  return Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), { headers }) as unknown as IncomingMessage;
}

describe('readBody', () => {
  it('keeps a Vietnamese character whose bytes are split between chunks', async () => {
    const bytes = Buffer.from('{"title":"Báo cáo Đảng ủy"}', 'utf8');
    const at = bytes.indexOf(Buffer.from('Đ', 'utf8')) + 1; // inside the two bytes of Đ
    const split = [bytes.subarray(0, at), bytes.subarray(at, at + 1), bytes.subarray(at + 1)];
    expect(await readBody(request(split), 1024)).toBe('{"title":"Báo cáo Đảng ủy"}');
  });

  it('turns malformed bytes into U+FFFD and refuses a body past the limit', async () => {
    expect(await readBody(request([new Uint8Array([0x61, 0xff]), new Uint8Array([0x62])]), 1024)).toBe('a\uFFFDb');
    await expect(readBody(request([new Uint8Array(600), new Uint8Array(600)]), 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});
