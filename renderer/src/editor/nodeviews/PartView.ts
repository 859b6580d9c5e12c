/**
 * Base of the node views of the structural parts: a non-editable block whose
 * fields are native inputs. Events inside the inputs are the inputs' own
 * (stopEvent), and the DOM changes they make are not the document's
 * (ignoreMutation). Re-renders when the part's attrs or the profile change.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import type { ProfileId } from '../../../../common/document/types';
import { profileOfHeader } from '../../../../common/document/accessors';
import { PART_INDEX } from '../structure';
import type { FieldBinding } from './fieldBinding';

/** What a concrete part view draws. */
export abstract class PartView implements NodeView {
  readonly dom: HTMLElement;
  protected node: PMNode;
  protected profile: ProfileId;
  protected bindings: FieldBinding[] = [];
  private readonly onTransaction: () => void;
  private editable: boolean | null = null;

  constructor(
    protected readonly editor: Editor,
    protected readonly view: EditorView,
    node: PMNode,
    className: string,
  ) {
    this.node = node;
    this.profile = this.currentProfile();
    this.dom = view.dom.ownerDocument.createElement('div');
    this.dom.className = `dt-part ${className}`;
    this.dom.contentEditable = 'false';
    this.onTransaction = () => {
      const p = this.currentProfile();
      if (p !== this.profile) {
        this.profile = p;
        this.rebuild();
      } else this.applyEditable();
    };
    editor.on('transaction', this.onTransaction);
  }

  /** Builds the DOM (called by subclasses at the end of their constructor, and on profile change). */
  protected rebuild(): void {
    this.dom.replaceChildren();
    this.bindings = [];
    this.build(this.dom.ownerDocument);
    this.dom.setAttribute('data-profile', this.profile);
    this.refresh();
    this.applyEditable(true);
  }

  /** Disables the fields in read-only (review) mode, and enables them again. */
  protected applyEditable(force = false): void {
    const editable = this.view.editable;
    if (!force && editable === this.editable) return;
    this.editable = editable;
    this.dom.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement | HTMLSelectElement>('input, textarea, button, select').forEach((el) => {
      el.disabled = !editable;
    });
  }

  protected abstract build(doc: Document): void;

  /** Updates derived displays (composed number, date line…) from the current attrs. */
  protected refreshDerived(): void {}

  /** Copies attrs into the inputs not being edited and updates derived displays. */
  protected refresh(): void {
    for (const b of this.bindings) b.refresh(this.node.attrs);
    this.refreshDerived();
  }

  protected currentProfile(): ProfileId {
    return profileOfHeader(this.view.state.doc.child(PART_INDEX.header).attrs);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    const p = this.currentProfile();
    if (p !== this.profile) {
      this.profile = p;
      this.rebuild();
    } else this.refresh();
    return true;
  }

  stopEvent(event: Event): boolean {
    const t = event.target as HTMLElement | null;
    return !!t && t !== this.dom && /^(INPUT|TEXTAREA|SELECT|BUTTON|OPTION|LABEL)$/.test(t.tagName);
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.editor.off('transaction', this.onTransaction);
  }
}
