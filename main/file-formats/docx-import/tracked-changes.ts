/**
 * Tracked changes (Word's "Track Changes") in document.xml: counting them,
 * and resolving all of them one way — accept all (insertions kept,
 * deletions gone) or reject all (insertions gone, deleted text back) — so an
 * import never mixes the two. Formatting changes of runs and paragraphs
 * (`w:rPrChange`, `w:pPrChange`) follow the same choice: accepted, the new
 * look stays; rejected, the properties they recorded come back (the text is
 * no longer bold…). Table and section property changes keep the current
 * look. A table row inserted or deleted as a whole (`w:trPr/w:ins|w:del`)
 * goes or stays with its text. A textual transform over the part, linear in
 * its size.
 */

/** How to resolve tracked changes. */
export type TrackedChangesChoice = 'accept' | 'reject';

const INS_OR_DEL = /<w:(ins|del|moveFrom|moveTo)(?=[\s>])/g;

/** How many insertions, deletions and moves the part holds. */
export function countTrackedChanges(xml: string): number {
  let n = 0;
  for (const _ of xml.matchAll(INS_OR_DEL)) n++;
  return n;
}

/** Removes whole elements `<w:NAME …>…</w:NAME>` (not nested in themselves in WordprocessingML). */
function removeElements(xml: string, name: string): string {
  return xml.replace(new RegExp(`<w:${name}(?=[\\s>])[^>]*?(?<!/)>[\\s\\S]*?</w:${name}>`, 'g'), '');
}

/** Removes the start and end tags of `<w:NAME …>` but keeps what is inside. */
function unwrapElements(xml: string, name: string): string {
  return xml.replace(new RegExp(`<w:${name}(?=[\\s>])[^>]*?(?<!/)>|</w:${name}>`, 'g'), '');
}

/** Removes empty marker elements `<w:NAME …/>` (paragraph-mark insertions and deletions). */
function removeEmpty(xml: string, name: string): string {
  return xml.replace(new RegExp(`<w:${name}(?=[\\s/])[^>]*?/>`, 'g'), '');
}

/** Empty revision markers (`<w:ins …/>`…) among properties: they stay where the properties are replaced. */
const MARKERS = /<w:(?:ins|del|moveFrom|moveTo)(?=[\s/])[^>]*?\/>/g;

/**
 * `<w:rPr>NEW<w:rPrChange …><w:rPr>OLD</w:rPr></w:rPrChange></w:rPr>` → `<w:rPr>OLD</w:rPr>` (a paragraph
 * mark's revision markers kept), and the same for `w:pPr`, whose own `w:rPr` and `w:sectPr` are not part of
 * the recorded properties and stay.
 */
function restorePreviousProperties(xml: string): string {
  if (!xml.includes('PrChange')) return xml;
  const runs = xml.replace(
    /<w:rPr>((?:(?!<\/?w:rPr[\s>/])[\s\S])*?)<w:rPrChange(?=[\s>])[^>]*?(?:\/>|>\s*(?:<w:rPr\s*\/>|<w:rPr>([\s\S]*?)<\/w:rPr>)?\s*<\/w:rPrChange>)\s*<\/w:rPr>/g,
    (_all, now: string, old: string | undefined) => `<w:rPr>${(now.match(MARKERS) ?? []).join('')}${old ?? ''}</w:rPr>`,
  );
  return runs.replace(
    /<w:pPr>((?:(?!<\/?w:pPr[\s>/])[\s\S])*?)<w:pPrChange(?=[\s>])[^>]*?(?:\/>|>\s*(?:<w:pPr\s*\/>|<w:pPr>([\s\S]*?)<\/w:pPr>)?\s*<\/w:pPrChange>)\s*<\/w:pPr>/g,
    (_all, now: string, old: string | undefined) => {
      const kept = (now.match(/<w:rPr(?:\s*\/>|>[\s\S]*?<\/w:rPr>)|<w:sectPr(?=[\s>])[\s\S]*?<\/w:sectPr>/g) ?? []).join('');
      return `<w:pPr>${old ?? ''}${kept}</w:pPr>`;
    },
  );
}

/** Formatting changes left (accepted, or of tables and sections) are dropped: the current look stays. */
function dropPropertyChanges(xml: string): string {
  let out = xml;
  for (const name of ['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'tblGridChange', 'numberingChange']) {
    out = removeElements(out, name);
    out = removeEmpty(out, name);
  }
  return out;
}

/**
 * Removes the table rows marked as inserted or deleted as a whole (`<w:trPr>…<w:ins …/>` or `<w:del …/>`):
 * accepting removes deleted rows, rejecting inserted ones. Rows of nested tables are matched by depth.
 */
function removeTrackedRows(xml: string, marker: 'ins' | 'del'): string {
  const tags = /<w:tr(?=[\s>])[^>]*?(?<!\/)>|<\/w:tr>/g;
  const has = new RegExp(`^(?:<w:tblPrEx>[\\s\\S]*?<\\/w:tblPrEx>)?\\s*<w:trPr>(?:(?!<\\/w:trPr>)[\\s\\S])*?<w:${marker}(?=[\\s/>])`);
  const open: number[] = [];
  const drop: Array<[number, number]> = [];
  for (const m of xml.matchAll(tags)) {
    if (m[0] !== '</w:tr>') {
      open.push(m.index);
      continue;
    }
    const start = open.pop();
    if (start === undefined) continue;
    const end = m.index + m[0].length;
    const afterOpen = xml.indexOf('>', start) + 1;
    if (has.test(xml.slice(afterOpen, Math.min(end, afterOpen + 4_000)))) {
      // A row inside a row already dropped goes with it.
      while (drop.length > 0 && drop[drop.length - 1]![0] >= start) drop.pop();
      drop.push([start, end]);
    }
  }
  if (drop.length === 0) return xml;
  let out = '';
  let at = 0;
  for (const [start, end] of drop) {
    out += xml.slice(at, start);
    at = end;
  }
  return out + xml.slice(at);
}

/** document.xml with every tracked change accepted or rejected. */
export function resolveTrackedChanges(xml: string, choice: TrackedChangesChoice): string {
  if (countTrackedChanges(xml) === 0 && !xml.includes('PrChange')) return xml;
  // Whole rows first: accepting drops deleted rows, rejecting inserted ones.
  let out = removeTrackedRows(xml, choice === 'accept' ? 'del' : 'ins');
  out = dropPropertyChanges(choice === 'reject' ? restorePreviousProperties(out) : out);
  if (choice === 'accept') {
    out = removeElements(out, 'del');
    out = removeElements(out, 'moveFrom');
    out = unwrapElements(out, 'ins');
    out = unwrapElements(out, 'moveTo');
  } else {
    out = removeElements(out, 'ins');
    out = removeElements(out, 'moveTo');
    out = unwrapElements(out, 'del');
    out = unwrapElements(out, 'moveFrom');
    out = out.replace(/<w:delText(?=[\s>])/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>');
  }
  // Paragraph-mark changes (`<w:ins/>`, `<w:del/>` in a paragraph's run properties): the paragraphs stay apart.
  out = removeEmpty(out, 'ins');
  out = removeEmpty(out, 'del');
  out = removeEmpty(out, 'moveFrom');
  out = removeEmpty(out, 'moveTo');
  return out;
}
