/**
 * The one list of TipTap extensions that makes a DuThao editor: the nodes and
 * marks of the common schema plus editing behaviour. The app, tests and
 * benches all build their editor from this function; features add theirs
 * through the contribution registry (`options.contributed`).
 */
import type { AnyExtension } from '@tiptap/core';
import { UndoRedo, Dropcursor, Gapcursor } from '@tiptap/extensions';
import { DocumentNode } from './extensions/document';
import { HeaderNode } from './extensions/header';
import { DocumentTitleNode } from './extensions/documentTitle';
import { BodyNode } from './extensions/body';
import { ClosingNode } from './extensions/closing';
import { ParagraphNode } from './extensions/paragraph';
import { PartHeadingNode } from './extensions/partHeading';
import { HeadingNode } from './extensions/heading';
import { BulletListNode } from './extensions/bulletList';
import { OrderedListNode } from './extensions/orderedList';
import { ListItemNode } from './extensions/listItem';
import { TableNode, TableRowNode, TableHeaderNode, TableCellNode } from './extensions/table';
import { ResolutionClauseNode } from './extensions/resolutionClause';
import { AddresseesNode } from './extensions/addressees';
import { PageBreakNode } from './extensions/pageBreak';
import { AppendixHeadingNode, AppendixDecorations } from './extensions/appendixHeading';
import { TextNode } from './extensions/text';
import { HardBreakNode } from './extensions/hardBreak';
import { FootnoteNode } from './extensions/footnote';
import { BoldMark } from './extensions/bold';
import { ItalicMark } from './extensions/italic';
import { UnderlineMark } from './extensions/underline';
import { CommentMark } from './extensions/comment';
import { InsertionMark, DeletionMark, ModificationMark } from './extensions/suggestionMarks';
import { FieldCommands } from './extensions/fieldCommands';
import { HeadingCommands } from './extensions/headingCommands';
import { PasteCleanup } from './extensions/pasteCleanup';
import { StructureGuard } from './plugins/structureGuard';
import { HeadingNumbering } from './plugins/numbering';
import { TextEntry } from './plugins/textEntry';
import { HintGuard } from './plugins/hintGuard';
import { FootnoteNumbering } from './plugins/footnoteNumbering';
import { IndicatorNumbering } from './plugins/indicatorNumbering';
import { TableAlignment } from './plugins/tableAlignment';
import { PartNodeViews } from './extensions/nodeViews';
import { Suggestions, type SuggestionsOptions } from './extensions/suggestions';
import { SuggestionJoinKeys } from './extensions/suggestionJoinKeys';

/** Options of the extension list. */
export interface DocumentExtensionOptions {
  /** Include undo/redo history (default true). */
  readonly history?: boolean;
  /** Extensions the installed features contribute (`editor/contributions/registry.ts`), placed before undo/redo. */
  readonly contributed?: readonly AnyExtension[];
  /** Suggestion mode (always installed, off until switched on): options such as who signs (tests, benches; the app uses `setSuggestionAuthor`). */
  readonly suggestions?: Partial<SuggestionsOptions>;
}

/** The schema-defining extensions, in the common schema's node order. */
export function createSchemaExtensions(): AnyExtension[] {
  return [
    DocumentNode,
    HeaderNode,
    DocumentTitleNode,
    BodyNode,
    ClosingNode,
    ParagraphNode,
    PartHeadingNode,
    HeadingNode,
    BulletListNode,
    OrderedListNode,
    ListItemNode,
    TableNode,
    TableRowNode,
    TableHeaderNode,
    TableCellNode,
    ResolutionClauseNode,
    AddresseesNode,
    PageBreakNode,
    AppendixHeadingNode,
    TextNode,
    HardBreakNode,
    FootnoteNode,
    BoldMark,
    ItalicMark,
    UnderlineMark,
    CommentMark,
    InsertionMark,
    DeletionMark,
    ModificationMark,
  ];
}

/** All extensions of the DuThao document editor. */
export function createDocumentExtensions(options: DocumentExtensionOptions = {}): AnyExtension[] {
  const list: AnyExtension[] = [
    ...createSchemaExtensions(),
    StructureGuard,
    PartNodeViews,
    FieldCommands,
    HeadingCommands,
    HeadingNumbering,
    FootnoteNumbering,
    IndicatorNumbering,
    TableAlignment,
    AppendixDecorations,
    // Before TextEntry: hint text is gone before NFC rewrites the text around it.
    HintGuard,
    TextEntry,
    PasteCleanup,
    Suggestions.configure(options.suggestions ?? {}),
    SuggestionJoinKeys,
    Dropcursor,
    Gapcursor,
  ];
  list.push(...(options.contributed ?? []));
  if (options.history !== false) list.push(UndoRedo.configure({ depth: 500, newGroupDelay: 500 }));
  return list;
}
