/**
 * The "Kính gửi" block: an atom at the top of the body holding the names of
 * the addressees (attr `names`), drawn and edited by `AddresseesView`.
 * `insertAddressees()` puts one at the start of the body (one per document).
 */
import { Node } from '@tiptap/core';
import { toNfc } from '../../../../common/text/normalize';
import { nodeAttributes, nodeShape } from './fromSpec';
import { PART_INDEX } from '../structure';

/** The Kính gửi node. */
export const AddresseesNode = Node.create({
  ...nodeShape('addressees'),
  addAttributes() {
    return nodeAttributes('addressees', {
      names: {
        parseHTML: (el) => {
          try {
            const v: unknown = JSON.parse(el.getAttribute('data-names') ?? '[]');
            return Array.isArray(v) ? v.map((x) => toNfc(String(x))) : [];
          } catch {
            return [];
          }
        },
        renderHTML: (attrs) => ({ 'data-names': JSON.stringify(attrs.names ?? []) }),
      },
    });
  },
  parseHTML() {
    return [{ tag: 'div[data-addressees]', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', { ...HTMLAttributes, 'data-addressees': 'true', class: 'dt-addressees' }];
  },
  addCommands() {
    return {
      insertAddressees:
        (names: readonly string[] = ['']) =>
        ({ state, tr, dispatch }) => {
          const body = state.doc.child(PART_INDEX.body);
          let bodyPos = 0;
          for (let i = 0; i < PART_INDEX.body; i++) bodyPos += state.doc.child(i).nodeSize;
          if (body.firstChild?.type.name === this.name) return false;
          if (dispatch) dispatch(tr.insert(bodyPos + 1, this.type.create({ names: names.map(toNfc) })).scrollIntoView());
          return true;
        },
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    addressees: {
      /** Puts a "Kính gửi" block at the start of the body (false when there is one already). */
      insertAddressees: (names?: readonly string[]) => ReturnType;
    };
  }
}
