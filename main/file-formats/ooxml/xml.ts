/**
 * Reading an XML part of an OOXML file from outside: namespace-aware (any
 * prefix; elements and attributes carry their namespace URI, Strict OOXML
 * URIs mapped to the Transitional ones), any encoding an XML processor must
 * read (see xml-decode.ts), linear time (saxes, a conforming streaming
 * parser), with caps on nesting depth and node count. Two forms: a streaming
 * visitor (`visitXml`) for big parts, and a small element tree (`parseXml`)
 * for walking WordprocessingML by hand. Every refusal is a `FileRejectedError`.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FileRejectedError } from './file-rejected';
import { canonicalNamespace } from './namespaces';
import { decodeXmlSlices } from './xml-decode';

/** Caps on one XML part. */
export interface XmlLimits {
  /** Deepest element nesting. */
  readonly maxDepth: number;
  /** Most elements plus text nodes. */
  readonly maxNodes: number;
}

/** Caps far above any real Word part, low enough that walking the result cannot overflow a stack or memory. */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 256, maxNodes: 5_000_000 };

/** An attribute with its resolved namespace ('' for an unprefixed attribute). */
export interface XmlAttribute {
  readonly uri: string;
  readonly local: string;
  readonly value: string;
}

/** A start tag as the visitor sees it. */
export interface XmlTag {
  /** The element's namespace URI (Strict OOXML mapped to Transitional). */
  readonly uri: string;
  readonly local: string;
  readonly attributes: readonly XmlAttribute[];
  /** The value of the attribute `local` in namespace `uri` ('' for unprefixed), or undefined. */
  attr(uri: string, local: string): string | undefined;
}

/** Callbacks of `visitXml`, in document order. */
export interface XmlVisitor {
  open?(tag: XmlTag): void;
  /** Called for every element, also self-closing ones, with the tag `open` got. */
  close?(tag: XmlTag): void;
  /** Character data (entities resolved, CDATA included), possibly in several calls for one run of text. */
  text?(text: string): void;
}

/** What to read and how. */
export interface XmlReadOptions {
  /** The part's name, for messages ("word/document.xml"). */
  readonly part?: string;
  readonly limits?: Partial<XmlLimits>;
}

class Tag implements XmlTag {
  constructor(
    readonly uri: string,
    readonly local: string,
    readonly attributes: readonly XmlAttribute[],
  ) {}
  attr(uri: string, local: string): string | undefined {
    for (const a of this.attributes) if (a.local === local && a.uri === uri) return a.value;
    return undefined;
  }
}

function toTag(node: SaxesTagNS): Tag {
  const attributes: XmlAttribute[] = [];
  for (const a of Object.values(node.attributes)) {
    if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) continue;
    attributes.push({ uri: canonicalNamespace(a.uri), local: a.local, value: a.value });
  }
  return new Tag(canonicalNamespace(node.uri), node.local, attributes);
}

/** Sets up a parser feeding `visitor` within the caps; returns the parser and a function to feed text. */
function makeParser(visitor: XmlVisitor, options: XmlReadOptions) {
  const part = options.part ?? 'XML';
  const limits: XmlLimits = { ...DEFAULT_XML_LIMITS, ...options.limits };
  const parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: (prefix: string) => `urn:duthao:unbound-prefix:${prefix}` });
  const stack: Tag[] = [];
  let nodes = 0;
  const count = () => {
    if (++nodes > limits.maxNodes) {
      throw new FileRejectedError(
        'xml-too-many-nodes',
        `Tệp Word có phần "${part}" quá nhiều thành phần (hơn ${limits.maxNodes.toLocaleString('vi-VN')}), DuThao không mở tệp này.`,
        `${part}: more than ${limits.maxNodes} nodes`,
      );
    }
  };
  parser.on('opentag', (node) => {
    count();
    if (stack.length >= limits.maxDepth) {
      throw new FileRejectedError(
        'xml-too-deep',
        `Tệp Word có phần "${part}" lồng nhau quá sâu (hơn ${limits.maxDepth} cấp), DuThao không mở tệp này.`,
        `${part}: nesting deeper than ${limits.maxDepth}`,
      );
    }
    const tag = toTag(node);
    stack.push(tag);
    visitor.open?.(tag);
  });
  parser.on('closetag', () => {
    const tag = stack.pop();
    if (tag) visitor.close?.(tag);
  });
  const onText = (text: string) => {
    if (stack.length === 0) return; // whitespace around the root element
    count();
    visitor.text?.(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  const notXml = (err: unknown) =>
    err instanceof FileRejectedError
      ? err
      : new FileRejectedError(
          'not-xml',
          `Tệp Word bị hỏng: phần "${part}" không phải XML hợp lệ.`,
          `${part}: ${err instanceof Error ? err.message : String(err)}`,
        );
  return {
    write(text: string) {
      try {
        parser.write(text);
      } catch (err) {
        throw notXml(err);
      }
    },
    close() {
      try {
        parser.close();
      } catch (err) {
        throw notXml(err);
      }
    },
  };
}

/** Streams an XML part's bytes through `visitor`. Throws `FileRejectedError` for a part that is not acceptable. */
export function visitXml(bytes: Uint8Array, visitor: XmlVisitor, options: XmlReadOptions = {}): void {
  const p = makeParser(visitor, options);
  for (const text of decodeXmlSlices(bytes, options.part ?? 'XML')) p.write(text);
  p.close();
}

/** Like `visitXml`, but lets other work run (other API calls) between slices of a big part. */
export async function visitXmlAsync(bytes: Uint8Array, visitor: XmlVisitor, options: XmlReadOptions = {}): Promise<void> {
  const p = makeParser(visitor, options);
  for (const text of decodeXmlSlices(bytes, options.part ?? 'XML')) {
    p.write(text);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  p.close();
}

/** An element of the tree `parseXml` builds: a tag with its children (elements and text, in order). */
export interface XmlElement extends XmlTag {
  readonly children: ReadonlyArray<XmlElement | string>;
}

class Element extends Tag implements XmlElement {
  readonly children: Array<XmlElement | string> = [];
}

/** Builds the element tree of an XML part (the root element). Throws `FileRejectedError` for a part that is not acceptable. */
export function parseXml(bytes: Uint8Array, options: XmlReadOptions = {}): XmlElement {
  const { visitor, root } = treeBuilder();
  visitXml(bytes, visitor, options);
  return root();
}

/** Like `parseXml`, but lets other work run between slices of a big part. */
export async function parseXmlAsync(bytes: Uint8Array, options: XmlReadOptions = {}): Promise<XmlElement> {
  const { visitor, root } = treeBuilder();
  await visitXmlAsync(bytes, visitor, options);
  return root();
}

function treeBuilder(): { visitor: XmlVisitor; root: () => XmlElement } {
  const stack: Element[] = [];
  let top: Element | null = null;
  const visitor: XmlVisitor = {
    open(tag) {
      const el = new Element(tag.uri, tag.local, tag.attributes);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else top = el;
      stack.push(el);
    },
    close() {
      stack.pop();
    },
    text(text) {
      const parent = stack[stack.length - 1];
      if (!parent) return;
      const last = parent.children.length - 1;
      if (typeof parent.children[last] === 'string') parent.children[last] += text;
      else parent.children.push(text);
    },
  };
  return {
    visitor,
    root: () => {
      if (!top) throw new FileRejectedError('not-xml', 'Tệp Word bị hỏng: có phần XML rỗng.', 'no root element');
      return top;
    },
  };
}

/** The child elements of `el` named `local` in namespace `uri`. */
export function childElements(el: XmlElement, uri: string, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.uri === uri && (local === undefined || c.local === local)) out.push(c);
  return out;
}

/** Visits `root` and every element below it in document order, without recursion (deep trees are safe). */
export function* descendants(root: XmlElement): Generator<XmlElement> {
  const stack: Array<{ el: XmlElement; i: number }> = [{ el: root, i: -1 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i === -1) {
      frame.i = 0;
      yield frame.el;
    }
    const next = frame.el.children[frame.i++];
    if (next === undefined) stack.pop();
    else if (typeof next !== 'string') stack.push({ el: next, i: -1 });
  }
}
