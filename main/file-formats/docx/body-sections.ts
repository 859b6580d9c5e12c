/**
 * Lays the Word body out in sections: portrait runs of content, each table
 * with `landscape: true` in a landscape section of its own (spec §1), the
 * closing after the main body, then each appendix (spec §8) on a new page.
 * An appendix that opens with a landscape table has its heading on that
 * landscape page. Page breaks next to a section break are dropped, since the
 * section break already starts a new page.
 */
import { appendixLabels, appendixNoteLine, type AppendixSource } from '../../../common/document/appendix-numbering';
import type { NodeJSON } from '../../../common/document/types';
import type { ExportContext } from './context';
import { mapAppendixHeading } from './nodes/appendix';
import { mapTable } from './nodes/table';
import type { Block } from './nodes/types';
import { sectionTextWidth, type Orientation } from './page-geometry';

/** One Word section's worth of content. */
export interface SectionRun {
  orientation: Orientation;
  readonly children: Block[];
}

/** The body split at its appendix headings: the main content, then each appendix. */
export function splitAppendices(nodes: readonly NodeJSON[]): { main: NodeJSON[]; appendices: { heading: NodeJSON; nodes: NodeJSON[] }[] } {
  const main: NodeJSON[] = [];
  const appendices: { heading: NodeJSON; nodes: NodeJSON[] }[] = [];
  for (const node of nodes) {
    if (node.type === 'appendixHeading') appendices.push({ heading: node, nodes: [] });
    else if (appendices.length) appendices[appendices.length - 1]!.nodes.push(node);
    else main.push(node);
  }
  return { main, appendices };
}

function isLandscapeTable(node: NodeJSON | undefined): boolean {
  return node?.type === 'table' && node.attrs?.landscape === true;
}

class SectionRuns {
  readonly runs: SectionRun[] = [{ orientation: 'portrait', children: [] }];

  constructor(private readonly ctx: ExportContext) {}

  get current(): SectionRun {
    return this.runs[this.runs.length - 1]!;
  }

  /** Whether nothing has been placed in the current section yet (it starts on a new page). */
  get fresh(): boolean {
    return this.current.children.length === 0;
  }

  add(blocks: readonly Block[]): void {
    this.current.children.push(...blocks);
  }

  start(orientation: Orientation): void {
    if (this.fresh) this.current.orientation = orientation;
    else this.runs.push({ orientation, children: [] });
  }

  landscapeTable(node: NodeJSON): void {
    this.start('landscape');
    this.ctx.textWidth = sectionTextWidth(this.ctx.profile, 'landscape');
    this.ctx.pageBreakPending = false;
    try {
      this.add(mapTable(node, this.ctx));
    } finally {
      this.ctx.textWidth = undefined;
    }
    this.start('portrait');
  }

  /** Places sibling body nodes, each landscape table in a section of its own. */
  place(nodes: readonly NodeJSON[]): void {
    let chunk: NodeJSON[] = [];
    let afterSection = false;
    const flush = (): void => {
      while (chunk.length && chunk[chunk.length - 1]!.type === 'pageBreak') chunk.pop();
      if (chunk.length) this.add(this.ctx.mapBlocks(chunk));
      chunk = [];
    };
    for (const node of nodes) {
      if (isLandscapeTable(node)) {
        flush();
        this.landscapeTable(node);
        afterSection = true;
      } else if (!(afterSection && node.type === 'pageBreak')) {
        afterSection = false;
        chunk.push(node);
      }
    }
    flush();
  }

  /** The runs, without an empty last one (the section before it ends the document). */
  finish(): SectionRun[] {
    if (this.runs.length > 1 && this.fresh) this.runs.pop();
    return this.runs;
  }
}

/** What the layout needs besides the body. */
export interface BodyLayoutParts {
  /** Header table and title block, at the top of page 1. */
  readonly opening: readonly Block[];
  /** The signature and Nơi nhận, after the main content. */
  readonly closing: readonly Block[];
  /** Header fields for the "(Kèm theo …)" line. */
  readonly appendixSource: AppendixSource;
}

/**
 * The last printed paragraph of the main content, if the content ends in
 * text (a paragraph, or a list whose last item ends in one); null when it
 * ends in a table, a heading (which keeps with the next by its style) or nothing.
 */
export function lastBodyParagraph(nodes: readonly NodeJSON[]): NodeJSON | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.type === 'pageBreak' || (node.type === 'paragraph' && node.attrs?.guidance === true)) continue;
    if (node.type === 'paragraph') return node;
    if (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'listItem') return lastBodyParagraph(node.content ?? []);
    return null;
  }
  return null;
}

/** The document's content as section runs: opening, main body, closing, appendices. */
export function layoutSections(bodyNodes: readonly NodeJSON[], parts: BodyLayoutParts, ctx: ExportContext): SectionRun[] {
  const { main, appendices } = splitAppendices(bodyNodes);
  // Signature never alone on a page: the last paragraph keeps with the closing block.
  ctx.keepWithClosing = lastBodyParagraph(main);
  const runs = new SectionRuns(ctx);
  runs.add(parts.opening);
  runs.place(main);
  runs.add(parts.closing);
  const labels = appendixLabels(appendices.length, parts.appendixSource.profile);
  appendices.forEach((appendix, i) => {
    const rest = appendix.nodes.filter((n, k) => !(n.type === 'pageBreak' && appendix.nodes.slice(0, k).every((m) => m.type === 'pageBreak')));
    const opensLandscape = isLandscapeTable(rest[0]);
    if (opensLandscape) runs.start('landscape');
    const note = appendixNoteLine(parts.appendixSource, String(appendix.heading.attrs?.note ?? ''));
    runs.add(mapAppendixHeading(appendix.heading, { label: labels[i]!, note, pageBreakBefore: !runs.fresh }, ctx));
    if (opensLandscape) {
      ctx.textWidth = sectionTextWidth(ctx.profile, 'landscape');
      try {
        runs.add(mapTable(rest[0]!, ctx));
      } finally {
        ctx.textWidth = undefined;
      }
      runs.start('portrait');
      runs.place(rest.slice(1).filter((n, k, all) => !(n.type === 'pageBreak' && all.slice(0, k).every((m) => m.type === 'pageBreak'))));
    } else runs.place(rest);
  });
  return runs.finish();
}
