/**
 * Cleans HTML pasted from Word or a web page before the editor parses it:
 * keeps headings (without their typed numbers), bold/italic/underline (also
 * when expressed as styles), lists (also Word's `mso-list` paragraphs) and
 * tables; drops fonts, colours, classes, styles, scripts, images, links'
 * targets and every other remote reference.
 */
import { stripHeadingNumber } from './stripHeadingNumber';

const DROP = 'script, style, meta, link, title, head, iframe, object, embed, img, picture, video, audio, svg, canvas, form, input, button, select, textarea, noscript, template, xml, base';
const KEEP_ATTRS: Record<string, readonly string[]> = {
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};

function wrap(doc: Document, el: HTMLElement, tag: string): void {
  const w = doc.createElement(tag);
  while (el.firstChild) w.appendChild(el.firstChild);
  el.appendChild(w);
}

/** Turns style-only bold/italic/underline into tags so they survive the style removal. */
function stylesToTags(doc: Document, root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('[style]').forEach((el) => {
    if (/^(p|h[1-6]|li|td|th|table|tr|ul|ol)$/i.test(el.tagName)) return;
    const style = el.getAttribute('style') ?? '';
    const weight = /font-weight\s*:\s*([^;"]+)/i.exec(style)?.[1]?.trim() ?? '';
    if (/^(bold|bolder|[6-9]00)$/i.test(weight)) wrap(doc, el, 'b');
    if (/font-style\s*:\s*italic/i.test(style)) wrap(doc, el, 'i');
    if (/text-decoration(?:-line)?\s*:\s*[^;]*underline/i.test(style)) wrap(doc, el, 'u');
  });
}

/** Word writes list items as paragraphs with `mso-list`; turns runs of them into real lists. */
function wordListsToLists(doc: Document, root: HTMLElement): void {
  const isWordItem = (el: Element | null): el is HTMLElement =>
    !!el && el.tagName === 'P' && /mso-list\s*:/i.test(el.getAttribute('style') ?? '') && !/mso-list\s*:\s*ignore/i.test(el.getAttribute('style') ?? '');
  const items = Array.from(root.querySelectorAll('p')).filter(isWordItem);
  const created = new Set<Element>();
  for (const p of items) {
    const marker = p.querySelector('[style*="mso-list"]');
    const markerText = (marker?.textContent ?? '').replace(/\s+/g, '');
    marker?.remove();
    const tag = /^(\d+|[a-zđ]|[ivxlc]+)[.)]$/i.test(markerText) ? 'OL' : 'UL';
    let list = p.previousElementSibling;
    if (!list || !created.has(list) || list.tagName !== tag) {
      list = doc.createElement(tag.toLowerCase());
      created.add(list);
      p.parentNode?.insertBefore(list, p);
    }
    const li = doc.createElement('li');
    const para = doc.createElement('p');
    while (p.firstChild) para.appendChild(p.firstChild);
    li.appendChild(para);
    list.appendChild(li);
    p.remove();
  }
}

/** Word's heading paragraphs (`MsoHeading1`… or `mso-outline-level`) become h1–h3. */
function wordHeadingsToHeadings(doc: Document, root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('p').forEach((p) => {
    const cls = p.getAttribute('class') ?? '';
    const outline = /mso-outline-level\s*:\s*(\d)/i.exec(p.getAttribute('style') ?? '')?.[1];
    const level = /MsoHeading(\d)/i.exec(cls)?.[1] ?? outline;
    if (!level) return;
    const h = doc.createElement(`h${Math.min(3, Number(level))}`);
    while (p.firstChild) h.appendChild(p.firstChild);
    p.replaceWith(h);
  });
}

function stripAttributes(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('*').forEach((el) => {
    const tag = el.tagName.toLowerCase();
    const keep = KEEP_ATTRS[tag] ?? [];
    for (const attr of Array.from(el.attributes)) {
      if (!keep.includes(attr.name.toLowerCase())) el.removeAttribute(attr.name);
    }
  });
}

/** Removes elements but keeps their children (spans, fonts, Word's `o:p`, links). */
function unwrapAll(root: HTMLElement, selector: (el: Element) => boolean): void {
  Array.from(root.querySelectorAll('*'))
    .filter(selector)
    .forEach((el) => {
      const parent = el.parentNode;
      if (!parent) return;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      el.remove();
    });
}

/**
 * Returns the cleaned HTML. `host` is any document of the page; the HTML is
 * parsed in a separate inert document, so nothing in it loads or runs.
 */
export function sanitizePastedHtml(html: string, host: Document): string {
  const doc = host.implementation.createHTMLDocument('');
  const container = doc.createElement('div');
  const cleanedSource = html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '').replace(/<\/?o:p>/gi, '');
  container.innerHTML = cleanedSource;
  container.querySelectorAll(DROP).forEach((el) => el.remove());
  removeComments(container);
  Array.from(container.querySelectorAll('*'))
    .filter((el) => el.tagName.includes(':'))
    .forEach((el) => el.remove());
  wordHeadingsToHeadings(doc, container);
  wordListsToLists(doc, container);
  stylesToTags(doc, container);
  unwrapAll(container, (el) => /^(span|font|a|div|section|article|header|footer|main|nav|aside|small|big|sub|abbr|mark|label)$/i.test(el.tagName));
  stripAttributes(container);
  container.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((h) => {
    const first = firstTextNode(h);
    if (first) first.textContent = stripHeadingNumber(first.textContent ?? '');
  });
  return container.innerHTML;
}

function firstTextNode(el: Node): Text | null {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3 && (child.textContent ?? '').trim() !== '') return child as Text;
    const inner = firstTextNode(child);
    if (inner) return inner;
  }
  return null;
}

function removeComments(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 8) child.remove();
    else removeComments(child);
  }
}
