// The real services (SQLite in a temporary folder, the API dispatcher) for
// the hostile-file tests: what the UI and the CLI would get back.
import { join } from 'node:path';
import type { ApiErrorData, ApiResult } from '../../common/api/errors';
import type { ApiMethod, ApiResults } from '../../common/api/contract';
import { createDispatch } from '../../main/api/dispatch';
import { createServices } from '../../main/services';
import { openDatabase } from '../../main/store/sqlite/open-database';
import { SqliteDraftStore } from '../../main/store/sqlite/sqlite-draft-store';
import { docWith, tempDir } from './store';
import { TEMPLATES_DIR } from './repo';

/** Services over a fresh database; `close` removes it. */
export function openTestServices() {
  const tmp = tempDir('duthao-hostile-');
  const dbPath = join(tmp.dir, 'duthao.db');
  const store = new SqliteDraftStore(openDatabase(dbPath).db);
  const services = createServices(store, {
    templatesDir: TEMPLATES_DIR,
    info: { version: 't', dataDir: tmp.dir, databasePath: dbPath, movedAsideDatabase: null },
  });
  const dispatch = createDispatch(services.handlers);
  /** Calls a method; the typed result or error envelope, as a transport returns it. */
  const raw = <M extends ApiMethod>(method: M, args: unknown) => dispatch(method, args) as Promise<ApiResult<ApiResults[M]>>;
  /** Calls a method that must succeed. */
  const call = async <M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> => {
    const r = await raw(method, args);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  /** Calls a method that must fail; its error. */
  const fail = async (method: ApiMethod, args: unknown): Promise<ApiErrorData> => {
    const r = await raw(method, args);
    if (r.ok) throw new Error(`${method} succeeded`);
    return r.error;
  };
  /** A new draft whose body holds the given paragraphs. */
  const draft = async (...paragraphs: string[]): Promise<string> => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    await call('saveDraft', { id: d.id, doc: docWith(...paragraphs) });
    return d.id;
  };
  return {
    store,
    raw,
    call,
    fail,
    draft,
    close: () => {
      services.close();
      tmp.cleanup();
    },
  };
}
