/**
 * Unsaved edits kept in the tab: the document autosave is about to send is
 * first written to the browser's IndexedDB, and removed only once the store
 * has acknowledged it. So text typed while the local host is stopped, or
 * before a crash or a reload, is still in the tab and can be offered back
 * ("Khôi phục nội dung chưa lưu"). One entry per draft: the latest.
 */
import { documentPlainText } from '../../../../common/document/plain-text';
import type { DocJSON } from '../../../../common/document/types';

/** A document the store has not acknowledged yet. */
export interface UnsavedEdit {
  readonly draftId: string;
  readonly doc: DocJSON;
  /** The stored revision the edit was made on (null: unknown). */
  readonly baseRevision: number | null;
  /** When it was kept (ISO time). */
  readonly keptAt: string;
}

/** Where unsaved edits are kept. Every method resolves; a storage failure only loses the safety net. */
export interface UnsavedEditStore {
  put(edit: UnsavedEdit): Promise<void>;
  get(draftId: string): Promise<UnsavedEdit | null>;
  remove(draftId: string): Promise<void>;
}

const DB_NAME = 'duthao';
const DB_VERSION = 1;
const STORE = 'unsavedEdits';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function isUnsavedEdit(value: unknown): value is UnsavedEdit {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.draftId === 'string' && typeof v.doc === 'object' && v.doc !== null && (v.doc as { type?: unknown }).type === 'doc' && typeof v.keptAt === 'string';
}

/** The IndexedDB store of this origin, or null where the browser has none. */
export function indexedDbUnsavedStore(factory: IDBFactory | undefined = globalThis.indexedDB): UnsavedEditStore | null {
  if (!factory) return null;
  let opened: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'draftId' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }).catch((err: unknown) => {
      opened = null;
      throw err;
    });
    return opened;
  };
  const run = async <T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> => {
    try {
      const d = await db();
      const tx = d.transaction(STORE, mode);
      const result = await request(fn(tx.objectStore(STORE)));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      return result;
    } catch (err) {
      console.warn('[duthao] unsaved edits: IndexedDB failed', err);
      return null;
    }
  };
  return {
    put: async (edit) => {
      await run('readwrite', (s) => s.put(edit));
    },
    get: async (draftId) => {
      const value = await run('readonly', (s) => s.get(draftId) as IDBRequest<unknown>);
      return isUnsavedEdit(value) ? value : null;
    },
    remove: async (draftId) => {
      await run('readwrite', (s) => s.delete(draftId));
    },
  };
}

/** An in-memory store (tests, and where IndexedDB is missing it is better than nothing for the tab's life). */
export function memoryUnsavedStore(): UnsavedEditStore {
  const map = new Map<string, UnsavedEdit>();
  return {
    put: async (edit) => void map.set(edit.draftId, edit),
    get: async (draftId) => map.get(draftId) ?? null,
    remove: async (draftId) => void map.delete(draftId),
  };
}

let shared: UnsavedEditStore | null = null;

/** The store the app uses: IndexedDB where there is one, else memory. */
export function appUnsavedStore(): UnsavedEditStore {
  shared ??= indexedDbUnsavedStore() ?? memoryUnsavedStore();
  return shared;
}

/**
 * Whether an unsaved edit holds something the stored document does not.
 * When the store moved past the revision the edit was made on and holds the
 * same text, the edit was stored and only its acknowledgement was lost (a
 * reload during the save; the store also tidies comment marks): not offered.
 */
export function differsFromStored(edit: UnsavedEdit, stored: DocJSON, storedRevision: number): boolean {
  if (JSON.stringify(edit.doc) === JSON.stringify(stored)) return false;
  const storedSince = edit.baseRevision !== null && storedRevision > edit.baseRevision;
  return !(storedSince && documentPlainText(edit.doc) === documentPlainText(stored));
}
