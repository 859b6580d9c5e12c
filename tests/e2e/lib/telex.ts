/**
 * A small Telex input-method simulator for end-to-end tests. It turns a
 * Telex key sequence (`Thanhf uyr Caanf Thow`) into the events the two kinds
 * of Vietnamese IME produce:
 *  - Unikey/EVKey on Windows ("backspace" mode): plain key presses while a
 *    key only appends; when a key transforms the word, it swallows the key,
 *    sends Backspace for each character to replace, then the composed text.
 *  - IBus/macOS (pre-edit): a composition updated on each key, committed at
 *    the end of the word.
 * Tone marks go on the traditional vowel (`ủy`, `hòa`), as Unikey's default.
 */

/** One event sent to the page. */
export type ImeEvent =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'backspace'; readonly count: number }
  | { readonly kind: 'insert'; readonly text: string }
  | { readonly kind: 'compose'; readonly text: string }
  | { readonly kind: 'commit'; readonly text: string };

const TONES: Readonly<Record<string, string>> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const VOWELS = 'aăâeêioôơuưy';

interface Letter {
  /** Base letter with its shape diacritic (â, ơ, đ…), lower case. */
  ch: string;
  upper: boolean;
}

interface Word {
  letters: Letter[];
  tone: string;
  /** Keys typed literally after an undone transformation. */
}

function isVowel(ch: string): boolean {
  return VOWELS.includes(ch);
}

/** Index range [start, end) of the vowel nucleus, skipping the `qu`/`gi` onsets. */
function nucleus(letters: readonly Letter[]): [number, number] {
  let i = 0;
  while (i < letters.length && !isVowel(letters[i]!.ch)) i++;
  const onset = letters.slice(0, i).map((l) => l.ch).join('');
  if ((onset === 'q' && letters[i]?.ch === 'u') || (onset === 'g' && letters[i]?.ch === 'i' && letters[i + 1] && isVowel(letters[i + 1]!.ch))) i++;
  let j = i;
  while (j < letters.length && isVowel(letters[j]!.ch)) j++;
  return [i, j];
}

/** Which letter carries the tone mark (traditional placement). */
function toneIndex(letters: readonly Letter[]): number {
  const [s, e] = nucleus(letters);
  if (s >= e) return -1;
  for (let k = e - 1; k >= s; k--) if ('ăâêôơ'.includes(letters[k]!.ch)) return k;
  for (let k = s; k < e; k++) if (letters[k]!.ch === 'ư') return k;
  const closed = e < letters.length;
  const n = e - s;
  if (closed || n === 1) return closed ? e - 1 : s;
  return n === 2 ? s : s + 1;
}

function render(word: Word): string {
  const t = word.tone ? toneIndex(word.letters) : -1;
  let out = '';
  word.letters.forEach((l, i) => {
    let c = l.ch + (i === t ? word.tone : '');
    if (l.upper) c = c.toUpperCase();
    out += c;
  });
  return out.normalize('NFC');
}

const DOUBLE: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô', d: 'đ' };
const HORN: Readonly<Record<string, string>> = { a: 'ă', o: 'ơ', u: 'ư' };

/** Applies one key to the word; returns false when the key is just a letter to append. */
function applyKey(word: Word, key: string): boolean {
  const k = key.toLowerCase();
  const [s, e] = nucleus(word.letters);
  const hasVowel = s < e;
  if (hasVowel && TONES[k] !== undefined) {
    if (word.tone === TONES[k]) return false; // Unikey would undo; tests never type that.
    word.tone = TONES[k]!;
    return true;
  }
  if (hasVowel && k === 'z' && word.tone) {
    word.tone = '';
    return true;
  }
  if (DOUBLE[k]) {
    const range = k === 'd' ? [0, word.letters.length] : [s, e];
    for (let i = range[1]! - 1; i >= range[0]!; i--) {
      if (word.letters[i]!.ch === k) {
        word.letters[i]!.ch = DOUBLE[k]!;
        return true;
      }
    }
    return false;
  }
  if (k === 'w') {
    // `uo` + w → ươ; otherwise the last a/o/u of the nucleus.
    for (let i = s; i + 1 < e; i++) {
      if (word.letters[i]!.ch === 'u' && word.letters[i + 1]!.ch === 'o') {
        word.letters[i]!.ch = 'ư';
        word.letters[i + 1]!.ch = 'ơ';
        return true;
      }
    }
    for (let i = e - 1; i >= s; i--) {
      const h = HORN[word.letters[i]!.ch];
      if (h) {
        word.letters[i]!.ch = h;
        return true;
      }
    }
    if (!hasVowel) {
      word.letters.push({ ch: 'ư', upper: key !== k });
      return true;
    }
    return false;
  }
  return false;
}

/** The composed text of a Telex key sequence (`Caanf` → `Cần`). */
export function telexToText(keys: string): string {
  return telexWords(keys).map((w) => (w.kind === 'word' ? w.text : w.key)).join('');
}

/** Splits a key sequence into words (with their composed text) and separators. */
function telexWords(keys: string): ({ kind: 'word'; raw: string; text: string } | { kind: 'sep'; key: string })[] {
  const out: ({ kind: 'word'; raw: string; text: string } | { kind: 'sep'; key: string })[] = [];
  let raw = '';
  const flush = () => {
    if (raw) out.push({ kind: 'word', raw, text: composeWord(raw) });
    raw = '';
  };
  for (const ch of keys) {
    if (/[\p{L}]/u.test(ch)) raw += ch;
    else {
      flush();
      out.push({ kind: 'sep', key: ch });
    }
  }
  flush();
  return out;
}

/** Screen text after each key of one word. */
function wordSteps(raw: string): string[] {
  const word: Word = { letters: [], tone: '' };
  const steps: string[] = [];
  for (const key of raw) {
    if (!applyKey(word, key)) word.letters.push({ ch: key.toLowerCase(), upper: key !== key.toLowerCase() });
    steps.push(render(word));
  }
  return steps;
}

function composeWord(raw: string): string {
  return wordSteps(raw).at(-1) ?? '';
}

function keyName(ch: string): string {
  return ch === ' ' ? 'Space' : ch;
}

/** Events of a Windows Unikey/EVKey-style IME (Backspace then the composed letters). */
export function unikeyEvents(keys: string): ImeEvent[] {
  const events: ImeEvent[] = [];
  for (const part of telexWords(keys)) {
    if (part.kind === 'sep') {
      events.push({ kind: 'key', key: keyName(part.key) });
      continue;
    }
    let screen = '';
    const steps = wordSteps(part.raw);
    [...part.raw].forEach((key, i) => {
      const next = steps[i]!;
      if (next === screen + key) {
        events.push({ kind: 'key', key });
      } else {
        let p = 0;
        while (p < screen.length && p < next.length && screen[p] === next[p]) p++;
        const remove = screen.length - p;
        if (remove > 0) events.push({ kind: 'backspace', count: remove });
        if (next.length > p) events.push({ kind: 'insert', text: next.slice(p) });
      }
      screen = next;
    });
  }
  return events;
}

/** Events of an IBus/macOS-style IME (pre-edit composition, committed at the end of each word). */
export function compositionEvents(keys: string): ImeEvent[] {
  const events: ImeEvent[] = [];
  for (const part of telexWords(keys)) {
    if (part.kind === 'sep') {
      events.push({ kind: 'key', key: keyName(part.key) });
      continue;
    }
    for (const step of wordSteps(part.raw)) events.push({ kind: 'compose', text: step });
    events.push({ kind: 'commit', text: part.text });
  }
  return events;
}
