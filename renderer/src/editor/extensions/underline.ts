/** Underline (Ctrl+U); pasted `<u>` and underline decorations become underline. */
import { Mark } from '@tiptap/core';
import { markShape } from './fromSpec';

/** The underline mark. */
export const UnderlineMark = Mark.create({
  ...markShape('underline'),
  parseHTML() {
    return [
      { tag: 'u' },
      { style: 'text-decoration', consuming: false, getAttrs: (v) => (String(v).includes('underline') ? {} : false) },
      { style: 'text-decoration-line', consuming: false, getAttrs: (v) => (String(v).includes('underline') ? {} : false) },
    ];
  },
  renderHTML() {
    return ['u', 0];
  },
  addCommands() {
    return {
      toggleUnderline: () => ({ commands }) => commands.toggleMark(this.name),
    };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-u': () => this.editor.commands.toggleUnderline(),
      'Mod-U': () => this.editor.commands.toggleUnderline(),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    underline: {
      /** Toggles underline on the selection. */
      toggleUnderline: () => ReturnType;
    };
  }
}
