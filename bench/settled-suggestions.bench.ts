/**
 * The cost saveDraft pays to remember settled suggestions
 * (`main/services/review/settled-at-save.ts`): on a 100,000-word report,
 * the bookkeeping alone (before + after the write), against the whole
 * `saveDraft` call in the same process (check, review reconcile, write,
 * bookkeeping). Three drafts: no suggestion at all (a substring test and
 * an indexed query find none), 200 open suggestions kept, 200 suggestions of
 * which 100 are settled at this save. Run: `npm run bench -- settled-suggestions`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocJSON, NodeJSON } from '../common/document/types';
import { createDispatch } from '../main/api/dispatch';
import { createServices } from '../main/services';
import { noteStoredSuggestions, prepareSettledAtSave } from '../main/services/review/settled-at-save';
import { openDatabase } from '../main/store/sqlite/open-database';
import { createSettledSuggestionRepository } from '../main/store/sqlite/settled-suggestions';
import { SqliteDraftStore } from '../main/store/sqlite/sqlite-draft-store';
import { generateReportDoc } from './lib/vietnamese-text';

const RUNS = 15;
const WORDS = 100_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** `doc` with a suggested insertion at the end of each of the first `count` body paragraphs (ids s-b-<i>), those below `skip` left out. */
function withSuggestions(doc: DocJSON, count: number, skip = 0): DocJSON {
  const parts = doc.content!.slice();
  const body = parts[2]!;
  let n = 0;
  const blocks = body.content!.map((b): NodeJSON => {
    if (b.type !== 'paragraph' || n >= count) return b;
    const i = n++;
    if (i < skip) return b;
    const mark = { type: 'insertion', attrs: { id: `s-b-${i}`, author: 'Nguyễn Văn An', date: '2026-12-04T13:05:00Z' } };
    return { ...b, content: [...(b.content ?? []), { type: 'text', text: ' thêm', marks: [mark] }] };
  });
  parts[2] = { ...body, content: blocks };
  return { ...doc, content: parts };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-bench-settled-'));
  const opened = openDatabase(join(dir, 'duthao.db'));
  const store = new SqliteDraftStore(opened.db);
  const services = createServices(store, {
    templatesDir: join(__dirname, '../../templates'),
    info: { version: 'bench', dataDir: dir, databasePath: join(dir, 'duthao.db'), movedAsideDatabase: null },
    indexDelayMs: 3_600_000,
  });
  const dispatch = createDispatch(services.handlers);
  const repo = createSettledSuggestionRepository(opened.db);
  const plain = generateReportDoc(WORDS, 7);
  const cases: { name: string; stored: DocJSON; saved: DocJSON }[] = [
    { name: 'no suggestion', stored: plain, saved: plain },
    { name: '200 open, kept', stored: withSuggestions(plain, 200), saved: withSuggestions(plain, 200) },
    { name: '200 open, 100 settled', stored: withSuggestions(plain, 200), saved: withSuggestions(plain, 200, 100) },
  ];
  for (const c of cases) {
    const id = `bench-${cases.indexOf(c)}`;
    const storedJson = JSON.stringify(c.stored);
    const savedJson = JSON.stringify(c.saved);
    store.insertDraft({ id, title: 'Báo cáo', templateId: 'blank', templateTitle: 'Văn bản trống', profile: 'dang', docJson: storedJson, now: new Date().toISOString() });
    const hook: number[] = [];
    const save: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // The bookkeeping alone, against the stored document.
      store.updateDoc(id, storedJson, new Date().toISOString());
      noteStoredSuggestions(repo, id, storedJson);
      const h0 = performance.now();
      prepareSettledAtSave(repo, id, savedJson)();
      hook.push(performance.now() - h0);
      // The whole save (which includes the bookkeeping once more).
      store.updateDoc(id, storedJson, new Date().toISOString());
      noteStoredSuggestions(repo, id, storedJson);
      const s0 = performance.now();
      const r = await dispatch('saveDraft', { id, doc: c.saved });
      save.push(performance.now() - s0);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
    }
    const h = median(hook);
    const s = median(save);
    console.log(`${c.name.padEnd(24)} bookkeeping median ${h.toFixed(2).padStart(7)} ms   saveDraft median ${s.toFixed(1).padStart(7)} ms   share ${((100 * h) / s).toFixed(1)} %`);
  }
  console.log(`(${WORDS.toLocaleString('en')} words, ${(JSON.stringify(plain).length / 1e6).toFixed(1)} MB of JSON, ${RUNS} runs each)`);
  services.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
