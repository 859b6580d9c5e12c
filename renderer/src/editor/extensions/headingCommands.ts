/**
 * Commands that set the level of the block at the cursor: paragraph ↔
 * heading 1–3 ↔ part heading. Level up/down are what the toolbar's
 * "Nâng/Hạ cấp đề mục" buttons and Alt+Shift+←/→ call.
 */
import { Extension } from '@tiptap/core';
import { MAX_HEADING_LEVEL } from './heading';

/** A block level: 0 = part heading, 1–3 = heading levels, 4 = body paragraph. */
export type BlockLevel = 0 | 1 | 2 | 3 | 4;

/** The level of the textblock at the cursor, or null when not in one. */
export function currentBlockLevel(state: import('@tiptap/pm/state').EditorState): BlockLevel | null {
  const parent = state.selection.$from.parent;
  if (parent.type.name === 'partHeading') return 0;
  if (parent.type.name === 'heading') return Math.min(MAX_HEADING_LEVEL, Math.max(1, Number(parent.attrs.level))) as BlockLevel;
  if (parent.type.name === 'paragraph') return 4;
  return null;
}

/** The heading commands extension. */
export const HeadingCommands = Extension.create({
  name: 'headingCommands',
  addCommands() {
    return {
      setHeadingLevel:
        (level) =>
        ({ commands }) => {
          if (level === 0) return commands.setNode('partHeading');
          if (level >= 1 && level <= MAX_HEADING_LEVEL) return commands.setNode('heading', { level });
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
          return commands.setHeadingLevel(level === 4 ? MAX_HEADING_LEVEL : ((level - 1) as BlockLevel));
        },
      headingLevelDown:
        () =>
        ({ state, commands }) => {
          const level = currentBlockLevel(state);
          if (level === null || level === 4) return false;
          return commands.setHeadingLevel((level + 1) as BlockLevel);
        },
    };
  },
  addKeyboardShortcuts() {
    return {
      'Alt-Shift-ArrowLeft': () => this.editor.commands.headingLevelUp(),
      'Alt-Shift-ArrowRight': () => this.editor.commands.headingLevelDown(),
      'Mod-Alt-0': () => this.editor.commands.setHeadingLevel(4),
      'Mod-Alt-1': () => this.editor.commands.setHeadingLevel(1),
      'Mod-Alt-2': () => this.editor.commands.setHeadingLevel(2),
      'Mod-Alt-3': () => this.editor.commands.setHeadingLevel(3),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    headingCommands: {
      /** Sets the block at the cursor to a level: 0 part, 1–3 heading, 4 paragraph. */
      setHeadingLevel: (level: BlockLevel) => ReturnType;
      /** Makes the block at the cursor a part heading (Phần thứ …). */
      setPartHeading: () => ReturnType;
      /** One level up (paragraph → 3 → 2 → 1 → part). */
      headingLevelUp: () => ReturnType;
      /** One level down (part → 1 → 2 → 3 → paragraph). */
      headingLevelDown: () => ReturnType;
    };
  }
}
