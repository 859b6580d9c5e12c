/** Bold (Ctrl+B); pasted `<b>`, `<strong>` and bold font weights become bold. */
import { Mark } from '@tiptap/core';
import { markShape } from './fromSpec';

/** The bold mark. */
export const BoldMark = Mark.create({
  ...markShape('bold'),
  parseHTML() {
    return [
      { tag: 'strong' },
      { tag: 'b', getAttrs: (el) => ((el as HTMLElement).style.fontWeight !== 'normal' ? null : false) },
      { style: 'font-weight=400', clearMark: (m) => m.type.name === this.name },
      { style: 'font-weight', getAttrs: (v) => (/^(bold(er)?|[5-9]\d{2,})$/.test(String(v)) ? null : false) },
    ];
  },
  renderHTML() {
    return ['strong', 0];
  },
  addCommands() {
    return {
      toggleBold: () => ({ commands }) => commands.toggleMark(this.name),
    };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-b': () => this.editor.commands.toggleBold(),
      'Mod-B': () => this.editor.commands.toggleBold(),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    bold: {
      /** Toggles bold on the selection. */
      toggleBold: () => ReturnType;
    };
  }
}
