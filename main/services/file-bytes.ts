/**
 * The bytes of a file an API call carries as base64 (JSON carries text over
 * both transports). A big file is decoded in steps, letting other calls run
 * between them.
 */

/** Base64 characters decoded per step (a multiple of 4). */
const BASE64_STEP = 2 * 1024 * 1024;

/** The file's bytes, decoded at once (for files of ordinary size: review copies). */
export function decodeFileArgNow(file: string): Uint8Array {
  return new Uint8Array(Buffer.from(file, 'base64'));
}

/** The file's bytes; the argument was checked to be base64 by the contract. */
export async function decodeFileArg(file: string): Promise<Uint8Array> {
  if (file.length <= BASE64_STEP || /\s/.test(file)) return decodeFileArgNow(file);
  const out = new Uint8Array(Math.floor((file.length * 3) / 4));
  let size = 0;
  for (let at = 0; at < file.length; at += BASE64_STEP) {
    const bytes = Buffer.from(file.slice(at, at + BASE64_STEP), 'base64');
    out.set(bytes, size);
    size += bytes.length;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return out.subarray(0, size);
}
