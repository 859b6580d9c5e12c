/**
 * Tracked changes (Word's "Track Changes") in document.xml: counting them,
 * and resolving all of them one way — accept all (insertions kept,
 * deletions gone) or reject all (insertions gone, deleted text back) — so an
 * import never mixes the two. Formatting changes keep the current look in
 * both cases. A textual transform over the part, linear in its size.
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

/** Formatting changes (the old look) are dropped: the current look stays. */
function dropPropertyChanges(xml: string): string {
  let out = xml;
  for (const name of ['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'tblGridChange', 'numberingChange']) {
    out = removeElements(out, name);
    out = removeEmpty(out, name);
  }
  return out;
}

/** document.xml with every tracked change accepted or rejected. */
export function resolveTrackedChanges(xml: string, choice: TrackedChangesChoice): string {
  if (countTrackedChanges(xml) === 0 && !xml.includes('PrChange')) return xml;
  let out = dropPropertyChanges(xml);
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
