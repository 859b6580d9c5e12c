/** Italic (Ctrl+I); pasted `<i>`, `<em>` and italic styles become italic. */
import { Mark } from '@tiptap/core';
import { markShape } from './fromSpec';

/** The italic mark. */
export const ItalicMark = Mark.create({
  ...markShape('italic'),
  parseHTML() {
    return [
      { tag: 'em' },
      { tag: 'i', getAttrs: (el) => ((el as HTMLElement).style.fontStyle !== 'normal' ? null : false) },
      { style: 'font-style=normal', clearMark: (m) => m.type.name === this.name },
      { style: 'font-style=italic' },
    ];
  },
  renderHTML() {
    return ['em', 0];
  },
  addCommands() {
    return {
      toggleItalic: () => ({ commands }) => commands.toggleMark(this.name),
    };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-i': () => this.editor.commands.toggleItalic(),
      'Mod-I': () => this.editor.commands.toggleItalic(),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    italic: {
      /** Toggles italic on the selection. */
      toggleItalic: () => ReturnType;
    };
  }
}
