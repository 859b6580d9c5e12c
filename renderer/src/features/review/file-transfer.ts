/**
 * Files between the user's disk and the API, which carries them as base64:
 * saving a returned file through the browser's download, and reading a
 * chosen file.
 */

/** Saves `base64` bytes as a file named `fileName` (the browser's download). */
export function downloadBase64(fileName: string, base64: string, mime = 'application/octet-stream'): void {
  const raw = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file as base64 (for `mergeReviewCopy`, `openReviewCopy`, `importWordComments`). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(out);
}
