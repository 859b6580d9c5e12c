/**
 * Commands that set the level of the block at the cursor: paragraph ↔
 * heading 1–3 (or 1–4 where the draft's profile numbers a fourth level) ↔
 * part heading. Level up/down are what the toolbar's "Nâng/Hạ cấp đề mục"
 * buttons and Alt+Shift+←/→ call.
 */
import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { maxHeadingLevelOf } from '../../../../common/document/headings';
import { profileOfHeader } from '../../../../common/document/accessors';
import { PART_INDEX } from '../structure';

/** A block level: 0 = part heading, 1…max = heading levels, anything deeper (PARAGRAPH_LEVEL) = body paragraph. */
export type BlockLevel = number;

/** The level that means "body paragraph" in `setHeadingLevel` (Ctrl+Alt+0). */
export const PARAGRAPH_LEVEL = 9;

/** The deepest heading level of the draft's profile. */
export function maxLevelOf(state: EditorState): number {
  return maxHeadingLevelOf(profileOfHeader(state.doc.child(PART_INDEX.header).attrs));
}

/** The level of the textblock at the cursor (PARAGRAPH_LEVEL for a paragraph), or null when not in one. */
export function currentBlockLevel(state: EditorState): BlockLevel | null {
  const parent = state.selection.$from.parent;
  if (parent.type.name === 'partHeading') return 0;
  if (parent.type.name === 'heading') return Math.min(maxLevelOf(state), Math.max(1, Number(parent.attrs.level)));
  if (parent.type.name === 'paragraph') return PARAGRAPH_LEVEL;
  return null;
}

/** The heading commands extension. */
export const HeadingCommands = Extension.create({
  name: 'headingCommands',
  addCommands() {
    return {
      setHeadingLevel:
        (level) =>
        ({ state, commands }) => {
          if (level === 0) return commands.setNode('partHeading');
          if (level >= 1 && level <= maxLevelOf(state)) return commands.setNode('heading', { level });
          return commands.setNode('paragraph', { guidance: false });
        },
      setPartHeading:
        () =>
        ({ commands }) =>
          commands.setNode('partHeading'),
      headingLevelUp:
        () =>
        ({ state, commands }) => {
          const level = currentBlockLevel(state);
          if (level === null || level === 0) return false;
          return commands.setHeadingLevel(level === PARAGRAPH_LEVEL ? maxLevelOf(state) : level - 1);
        },
      headingLevelDown:
        () =>
        ({ state, commands }) => {
          const level = currentBlockLevel(state);
          if (level === null || level === PARAGRAPH_LEVEL) return false;
          return commands.setHeadingLevel(level >= maxLevelOf(state) ? PARAGRAPH_LEVEL : level + 1);
        },
    };
  },
  addKeyboardShortcuts() {
    return {
      'Alt-Shift-ArrowLeft': () => this.editor.commands.headingLevelUp(),
      'Alt-Shift-ArrowRight': () => this.editor.commands.headingLevelDown(),
      'Mod-Alt-0': () => this.editor.commands.setHeadingLevel(PARAGRAPH_LEVEL),
      'Mod-Alt-1': () => this.editor.commands.setHeadingLevel(1),
      'Mod-Alt-2': () => this.editor.commands.setHeadingLevel(2),
      'Mod-Alt-3': () => this.editor.commands.setHeadingLevel(3),
      'Mod-Alt-4': () => this.editor.commands.setHeadingLevel(4),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    headingCommands: {
      /** Sets the block at the cursor to a level: 0 part, 1…max heading (max from the profile), deeper (PARAGRAPH_LEVEL) paragraph. */
      setHeadingLevel: (level: BlockLevel) => ReturnType;
      /** Makes the block at the cursor a part heading (Phần thứ …). */
      setPartHeading: () => ReturnType;
      /** One level up (paragraph → max → … → 1 → part). */
      headingLevelUp: () => ReturnType;
      /** One level down (part → 1 → … → max → paragraph). */
      headingLevelDown: () => ReturnType;
    };
  }
}
