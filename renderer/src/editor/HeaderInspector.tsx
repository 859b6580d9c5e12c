/**
 * The "Thông tin văn bản" side panel: a form over the same fields as the
 * header, title and closing shown on the page (profile, bodies, number, type
 * and body codes, place, date, draft mark, urgency, secrecy, numbering
 * style). Each change is one undo step of the editor. The draft round
 * shown here is what the page and the .docx print; the export dialog writes
 * its chosen round into it (docs/versions.md).
 */
import { useEffect, useState, useId } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { builtinProfile } from '../../../common/profile/builtin';
import type { HeaderAttrs } from '../../../common/document/schema';
import { SECRECY_CHOICES, URGENCY_CHOICES } from '../../../common/document/attr-rules';
import { PROFILE_IDS, PROFILE_LABELS, type ProfileId } from '../../../common/document/types';
import { composeDocumentNumber, formatDateLine } from '../../../common/document/official-text';
import { PART_INDEX } from './structure';

/** Props of the inspector. */
export interface HeaderInspectorProps {
  readonly editor: Editor;
  readonly onClose?: () => void;
}

const URGENCIES = URGENCY_CHOICES;
const SECRECIES = SECRECY_CHOICES;

function headerOf(editor: Editor): PMNode {
  return editor.state.doc.child(PART_INDEX.header);
}

/** The header inspector panel. */
export function HeaderInspector({ editor, onClose }: HeaderInspectorProps): React.JSX.Element {
  const [header, setHeader] = useState<PMNode>(() => headerOf(editor));
  const id = useId();
  useEffect(() => {
    const onTransaction = (): void => {
      const next = headerOf(editor);
      setHeader((prev) => (prev === next ? prev : next));
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor]);

  const a = header.attrs as HeaderAttrs;
  const profile = builtinProfile(a.profile);
  const set = (fields: Partial<HeaderAttrs>): void => {
    editor.commands.setHeaderFields(fields);
  };
  const text = (key: keyof HeaderAttrs, label: string, options: { list?: readonly string[]; multiline?: boolean; upper?: boolean } = {}) => {
    const listId = options.list ? `${id}-${key}` : undefined;
    const value = String(a[key] ?? '');
    const onChange = (v: string): void => set({ [key]: options.upper ? v.toLocaleUpperCase('vi') : v } as Partial<HeaderAttrs>);
    return (
      <label className="dt-inspector-field" data-field={key}>
        <span>{label}</span>
        {options.multiline ? (
          <textarea lang="vi" spellCheck={false} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input lang="vi" spellCheck={false} type="text" list={listId} value={value} onChange={(e) => onChange(e.target.value)} />
        )}
        {options.list ? (
          <datalist id={listId}>
            {options.list.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        ) : null}
      </label>
    );
  };

  return (
    <aside className="dt-inspector" aria-label="Thông tin văn bản" lang="vi">
      <header className="dt-inspector-head">
        <h2>Thông tin văn bản</h2>
        {onClose ? (
          <button type="button" onClick={onClose} aria-label="Đóng bảng thông tin">
            ×
          </button>
        ) : null}
      </header>
      <label className="dt-inspector-field" data-field="profile">
        <span>Thể thức</span>
        <select value={a.profile} onChange={(e) => set({ profile: e.target.value as ProfileId })}>
          {PROFILE_IDS.map((p) => (
            <option key={p} value={p}>
              {PROFILE_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      {text('superiorBody', 'Cơ quan cấp trên', { upper: true })}
      {text('issuingBody', 'Cơ quan ban hành', { multiline: true, upper: true })}
      {text('number', 'Số')}
      <label className="dt-inspector-field" data-field="typeCode">
        <span>Loại văn bản (ký hiệu)</span>
        <select value={a.typeCode} onChange={(e) => set({ typeCode: e.target.value })}>
          {profile.symbol.documentTypes.map((t) => (
            <option key={t.code} value={t.code}>
              {t.code === '' ? '(công văn)' : `${t.code} — ${t.names.join(', ')}`}
            </option>
          ))}
          {profile.symbol.documentTypes.some((t) => t.code === a.typeCode) ? null : <option value={a.typeCode}>{a.typeCode}</option>}
        </select>
      </label>
      {text('bodyCode', 'Ký hiệu cơ quan', { list: profile.symbol.knownBodyCodes, upper: true })}
      <p className="dt-inspector-preview" data-testid="inspector-number">
        {composeDocumentNumber(a.profile, a.number, a.typeCode, a.bodyCode)}
      </p>
      {text('place', 'Địa danh')}
      <label className="dt-inspector-field" data-field="date">
        <span>Ngày ban hành</span>
        <input type="date" value={a.date} onChange={(e) => set({ date: e.target.value })} />
      </label>
      <p className="dt-inspector-preview">{formatDateLine(a.place, a.date)}</p>
      <fieldset className="dt-inspector-group">
        <legend>Dấu dự thảo</legend>
        <label>
          <input type="checkbox" checked={a.draftMark} onChange={(e) => set({ draftMark: e.target.checked })} /> Hiện “DỰ THẢO”
        </label>
        <label>
          Lần{' '}
          <input
            type="number"
            min={0}
            max={99}
            value={a.draftRound}
            disabled={!a.draftMark}
            onChange={(e) => set({ draftRound: Math.max(0, Math.min(999, Math.round(Number(e.target.value) || 0))) })}
          />
        </label>
        <p className="dt-inspector-note" data-testid="inspector-round-note">
          Số lần in trên bản dự thảo là số ở ô này. Khi xuất bản dự thảo, hộp thoại “Xuất Word” ghi vào đây số lần đã chọn (theo số phiên bản hoặc số nhập tay).
        </p>
      </fieldset>
      <label className="dt-inspector-field" data-field="urgency">
        <span>Độ khẩn</span>
        <select value={a.urgency} onChange={(e) => set({ urgency: e.target.value })}>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {u || '(không)'}
            </option>
          ))}
        </select>
      </label>
      <label className="dt-inspector-field" data-field="secrecy">
        <span>Độ mật</span>
        <select value={a.secrecy} onChange={(e) => set({ secrecy: e.target.value })}>
          {SECRECIES.map((u) => (
            <option key={u} value={u}>
              {u || '(không)'}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="dt-inspector-group">
        <legend>Đánh số đề mục</legend>
        <label>
          <input type="radio" name={`${id}-roman`} checked={a.romanSeparator === '.'} onChange={() => set({ romanSeparator: '.' })} /> I.
        </label>
        <label>
          <input type="radio" name={`${id}-roman`} checked={a.romanSeparator === '-'} onChange={() => set({ romanSeparator: '-' })} /> I-
        </label>
        <label>
          <input type="radio" name={`${id}-third`} checked={a.thirdLevel === 'letter'} onChange={() => set({ thirdLevel: 'letter' })} /> a)
        </label>
        <label>
          <input type="radio" name={`${id}-third`} checked={a.thirdLevel === 'decimal'} onChange={() => set({ thirdLevel: 'decimal' })} /> 2.1.
        </label>
      </fieldset>
    </aside>
  );
}

export default HeaderInspector;
