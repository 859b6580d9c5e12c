/**
 * What mammoth leaves out of a Word body, read from the WordprocessingML
 * with a namespace-aware XML parser (saxes): for each paragraph, "page
 * break before", its automatic numbering (w:numPr) and the orientation of
 * its section; and the numbering definitions (start value, bullet or
 * number) from numbering.xml. Paragraphs are counted in document order; the
 * same count tags each paragraph with a marker bookmark (`markParagraphs`)
 * so the mammoth side finds its paragraph's layout whatever mammoth drops.
 */
import { W_NS as W } from '../ooxml/namespaces';
import { visitXml, type XmlTag } from '../ooxml/xml';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Layout of one paragraph. */
export interface ParagraphLayout {
  pageBreakBefore: boolean;
  numId: string;
  level: number;
  landscape: boolean;
  /** Index of the section it belongs to (for tables: landscape sections). */
  section: number;
}

/** A level of a numbering definition. */
export interface NumberingLevel {
  readonly start: number;
  readonly ordered: boolean;
}

/** The prefix of the marker bookmarks. */
export const MARKER_PREFIX = '_dtImportP';

/** Streams an XML part (text or bytes) through the capped, namespace-aware reader. */
function parse(xml: string | Uint8Array, part: string, handlers: { open?: (tag: XmlTag) => void; close?: (tag: XmlTag) => void }): void {
  visitXml(typeof xml === 'string' ? new TextEncoder().encode(xml) : xml, handlers, { part });
}

const attr = (tag: XmlTag, local: string): string | undefined => tag.attr(W, local) ?? tag.attr('', local);
const on = (v: string | undefined): boolean => v === undefined || !/^(0|false|off)$/i.test(v);

/** Reads every paragraph's layout from document.xml, in document order; throws `FileRejectedError` when it is not acceptable XML. */
export function readParagraphLayouts(xml: string | Uint8Array): ParagraphLayout[] {
  const out: ParagraphLayout[] = [];
  const sectionOrientation: boolean[] = [];
  const stack: ParagraphLayout[] = [];
  let inChoice = 0;
  let inSectPr = false;
  let sectLandscape = false;
  parse(xml, 'word/document.xml', {
    open(tag) {
      if (tag.uri === MC && tag.local === 'Choice') inChoice++;
      // Every paragraph counts (as in markParagraphs), even those mammoth skips.
      if (tag.uri === W && tag.local === 'p') {
        const p: ParagraphLayout = { pageBreakBefore: false, numId: '', level: 0, landscape: false, section: sectionOrientation.length };
        out.push(p);
        stack.push(p);
        return;
      }
      if (inChoice > 0 || tag.uri !== W) return;
      const top = stack[stack.length - 1];
      switch (tag.local) {
        case 'pageBreakBefore':
          if (top && !inSectPr) top.pageBreakBefore = on(attr(tag, 'val'));
          break;
        case 'numId':
          if (top && !inSectPr) top.numId = attr(tag, 'val') ?? '';
          break;
        case 'ilvl':
          if (top && !inSectPr) top.level = Number(attr(tag, 'val') ?? 0) || 0;
          break;
        case 'sectPr':
          inSectPr = true;
          sectLandscape = false;
          break;
        case 'pgSz':
          if (inSectPr) {
            const w = Number(attr(tag, 'w') ?? 0);
            const h = Number(attr(tag, 'h') ?? 0);
            sectLandscape = attr(tag, 'orient') === 'landscape' || (w > 0 && h > 0 && w > h);
          }
          break;
        default:
      }
    },
    close(tag) {
      if (tag.uri === MC && tag.local === 'Choice') inChoice--;
      if (tag.uri === W && tag.local === 'p') {
        stack.pop();
        return;
      }
      if (inChoice > 0 || tag.uri !== W) return;
      if (tag.local === 'sectPr') {
        inSectPr = false;
        sectionOrientation.push(sectLandscape);
      }
    },
  });
  for (const p of out) p.landscape = sectionOrientation[p.section] ?? false;
  return out;
}

/** Tags each paragraph of document.xml with a marker bookmark named `MARKER_PREFIX + index`. */
export function markParagraphs(xml: string): string {
  let index = 0;
  // Same count as the parser: every w:p start tag (self-closing ones count, but get no marker).
  return xml.replace(/<w:p(\s[^>]*?)?(\/?)>/g, (tag: string, _attrs: string | undefined, selfClosing: string) => {
    const i = index++;
    return selfClosing ? tag : `${tag}<w:bookmarkStart w:id="${900000000 + i}" w:name="${MARKER_PREFIX}${i}"/>`;
  });
}

/** Numbering definitions: numId → level → start and kind. */
export function readNumbering(xml: string | null): Map<string, NumberingLevel[]> {
  const result = new Map<string, NumberingLevel[]>();
  if (!xml) return result;
  const abstract = new Map<string, { start: number; ordered: boolean }[]>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  let currentAbstract: { start: number; ordered: boolean }[] | null = null;
  let level = -1;
  let currentNum: { abstractId: string; overrides: Map<number, number> } | null = null;
  let overrideLevel = -1;
  parse(xml, 'word/numbering.xml', {
    open(tag) {
      if (tag.uri !== W) return;
      switch (tag.local) {
        case 'abstractNum':
          currentAbstract = [];
          abstract.set(attr(tag, 'abstractNumId') ?? '', currentAbstract);
          break;
        case 'lvl':
          level = Number(attr(tag, 'ilvl') ?? 0) || 0;
          if (currentAbstract) currentAbstract[level] = { start: 1, ordered: true };
          break;
        case 'start':
          if (currentAbstract && currentAbstract[level]) currentAbstract[level]!.start = Number(attr(tag, 'val') ?? 1) || 1;
          break;
        case 'numFmt':
          if (currentAbstract && currentAbstract[level]) currentAbstract[level]!.ordered = !/^(bullet|none)$/.test(attr(tag, 'val') ?? '');
          break;
        case 'num':
          currentNum = { abstractId: '', overrides: new Map() };
          nums.set(attr(tag, 'numId') ?? '', currentNum);
          break;
        case 'abstractNumId':
          if (currentNum) currentNum.abstractId = attr(tag, 'val') ?? '';
          break;
        case 'lvlOverride':
          overrideLevel = Number(attr(tag, 'ilvl') ?? 0) || 0;
          break;
        case 'startOverride':
          if (currentNum) currentNum.overrides.set(overrideLevel, Number(attr(tag, 'val') ?? 1) || 1);
          break;
        default:
      }
    },
    close(tag) {
      if (tag.uri !== W) return;
      if (tag.local === 'abstractNum') currentAbstract = null;
      else if (tag.local === 'num') currentNum = null;
    },
  });
  for (const [numId, num] of nums) {
    const levels = (abstract.get(num.abstractId) ?? []).map((l, i) => ({ start: num.overrides.get(i) ?? l.start, ordered: l.ordered }));
    result.set(numId, levels);
  }
  return result;
}
