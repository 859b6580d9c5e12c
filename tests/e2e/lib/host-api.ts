/**
 * The running host's API, called straight over HTTP with its token, as a
 * second client would: for a test to set up what it needs (a draft, a
 * template, settings) and to read back what the page stored.
 */
import type { ApiMethod, ApiResults, Draft } from '../../../common/api/contract';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../../common/api/http';
import type { RunningApp } from './app';

/** Calls `method` on the host; throws (naming the method and the message) when the call fails. */
export async function callHost<M extends ApiMethod>(app: RunningApp, method: M, args: unknown): Promise<ApiResults[M]> {
  const res = await fetch(`${app.baseUrl}${API_PATH_PREFIX.slice(1)}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: app.token },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; value: ApiResults[M]; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** A draft as the host has it stored. */
export function storedDraft(app: RunningApp, id: string): Promise<Draft> {
  return callHost(app, 'getDraft', { id });
}

/** A draft's stored document as JSON text (for `toContain` checks). */
export async function storedText(app: RunningApp, id: string): Promise<string> {
  return JSON.stringify((await storedDraft(app, id)).doc);
}

/** Options of `createDraftWithText`. */
export interface DraftWithTextOptions {
  /** The template; default: the first one listed (what "Dự thảo mới" selects). */
  readonly templateId?: string;
  readonly title?: string;
}

/**
 * Makes a draft through the API whose body is one paragraph holding `text`
 * (stored, as if typed and autosaved); returns its id.
 */
export async function createDraftWithText(app: RunningApp, text: string, options: DraftWithTextOptions = {}): Promise<string> {
  const templateId = options.templateId ?? (await callHost(app, 'listTemplates', {}))[0]?.id ?? 'blank';
  const draft = await callHost(app, 'createDraft', { templateId, ...(options.title === undefined ? {} : { title: options.title }) });
  const stored = await storedDraft(app, draft.id);
  const content = (stored.doc.content ?? []).map((part) => (part.type === 'body' ? { ...part, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } : part));
  await callHost(app, 'saveDraft', { id: draft.id, doc: { ...stored.doc, content } });
  return draft.id;
}
