/**
 * "Dự thảo mới": pick a template (broken ones are shown, disabled, with
 * their reason) and optionally a title. The user's own templates ("Mẫu của
 * tôi") are listed after the built-in ones, each deletable after a
 * confirmation.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TemplateInfo } from '../../../../common/api/contract';
import { PROFILE_LABELS } from '../../../../common/document/types';
import { useApi } from '../../platform/api/ApiContext';
import { ConfirmDialog } from '../../platform/ui/ConfirmDialog';
import { Dialog } from '../../platform/ui/Dialog';
import { errorText } from '../../platform/ui/errorText';
import { useApiLoad } from '../../platform/ui/useApiLoad';
import { useFormAction } from '../../platform/ui/useFormAction';
import { fillTemplatePlaceholders } from './templateText';
import { reportYearChoices } from '../../../../common/document/report-year';

/** Props of `NewDraftDialog`. */
export interface NewDraftDialogProps {
  readonly onCancel: () => void;
  /** Called with the new draft's id once it exists. */
  readonly onCreated: (id: string) => void;
}

/** Whether a listed template is one of the user's own (kept in the database; deletable). */
function isUserTemplate(t: TemplateInfo): boolean {
  return t.source === 'user' && !t.broken;
}

/** The new-draft dialog. */
export function NewDraftDialog({ onCancel, onCreated }: NewDraftDialogProps) {
  const api = useApi();
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  // The year the draft is about: this year by default, last year offered (a December report is about the year ending).
  const [years] = useState(() => reportYearChoices(new Date()));
  const [year, setYear] = useState(() => years[0]!);
  const { error, setError, busy, run } = useFormAction();
  const [removing, setRemoving] = useState<TemplateInfo | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  // Bumped after a deletion: its button is gone, so the focus goes back into the list (Escape, Tab keep working).
  const [deletedCount, setDeletedCount] = useState(0);

  useEffect(() => {
    if (deletedCount === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('input[name="template"]:checked') ?? form?.querySelector<HTMLElement>('input, button');
    target?.focus();
  }, [deletedCount]);

  useApiLoad(
    () => api.listTemplates({}),
    (list) => {
      setTemplates(list);
      setChosen(list.find((t) => !t.broken)?.id ?? null);
    },
    setError,
    api,
  );

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!chosen) return;
    await run(async () => {
      const t = title.trim();
      const draft = await api.createDraft(t ? { templateId: chosen, title: t, year } : { templateId: chosen, year });
      onCreated(draft.id);
    });
  };

  /** Deletes a user template (after the confirmation) and drops it from the list. */
  const removeTemplate = async (t: TemplateInfo): Promise<void> => {
    setError(null);
    setInfo(null);
    try {
      await api.deleteTemplate({ id: t.id });
    } catch (err) {
      setError(errorText(err));
      return;
    }
    const rest = (templates ?? []).filter((x) => x.id !== t.id);
    setTemplates(rest);
    if (chosen === t.id) setChosen(rest.find((x) => !x.broken)?.id ?? null);
    setInfo(`Đã xóa mẫu «${t.title}».`);
    setDeletedCount((n) => n + 1);
  };

  const builtin = templates?.filter((t) => !isUserTemplate(t)) ?? [];
  const mine = templates?.filter(isUserTemplate) ?? [];

  const option = (t: TemplateInfo): React.JSX.Element => (
    <div key={t.id} className="template-option-row">
      <label
        className={t.broken ? 'template-option template-option--broken' : 'template-option'}
        data-testid="template-option"
        data-template-id={t.id}
      >
        <input
          type="radio"
          name="template"
          value={t.id}
          checked={chosen === t.id}
          disabled={Boolean(t.broken)}
          onChange={() => setChosen(t.id)}
        />
        <span className="template-option__body">
          <span className="template-option__title">{fillTemplatePlaceholders(t.title, undefined, year)}</span>
          <span className="template-option__meta">
            {PROFILE_LABELS[t.profile]} · {t.source === 'builtin' ? 'Mẫu có sẵn' : 'Mẫu của tôi'}
          </span>
          {t.description && <span className="template-option__desc">{fillTemplatePlaceholders(t.description, undefined, year)}</span>}
          {t.broken && (
            <span className="template-option__broken" data-testid="template-broken">
              Không dùng được: {t.broken}
            </span>
          )}
        </span>
      </label>
      {isUserTemplate(t) && (
        <button type="button" className="button button--quiet template-option__delete" data-testid="template-delete" onClick={() => setRemoving(t)}>
          Xóa mẫu
        </button>
      )}
    </div>
  );

  return (
    <>
      <Dialog title="Dự thảo mới" onClose={onCancel} testId="new-draft-dialog" wide>
        <form ref={formRef} onSubmit={submit}>
          <fieldset className="template-list">
            <legend>Chọn mẫu</legend>
            {templates === null && !error && <p className="muted">Đang tải danh sách mẫu…</p>}
            {templates?.length === 0 && <p className="empty-state">Chưa có mẫu nào.</p>}
            {builtin.length > 0 && (
              <div className="template-group" role="group" aria-labelledby="template-group-builtin" data-testid="template-group-builtin">
                <h3 id="template-group-builtin" className="template-group__title">
                  Mẫu có sẵn
                </h3>
                {builtin.map(option)}
              </div>
            )}
            {mine.length > 0 && (
              <div className="template-group" role="group" aria-labelledby="template-group-mine" data-testid="template-group-mine">
                <h3 id="template-group-mine" className="template-group__title">
                  Mẫu của tôi
                </h3>
                {mine.map(option)}
              </div>
            )}
          </fieldset>
          {info && (
            <p className="form-info" role="status" data-testid="template-info">
              {info}
            </p>
          )}
          <label className="field">
            <span className="field__label">Năm báo cáo</span>
            <select className="input" value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="new-draft-year">
              {years.map((y, i) => (
                <option key={y} value={y}>
                  {i === 0 ? `Năm ${y} (năm nay)` : `Năm ${y} (năm trước)`}
                </option>
              ))}
            </select>
            <span className="field__hint">Năm mà dự thảo nói tới: điền vào tên, trích yếu và các mục của mẫu.</span>
          </label>
          <label className="field">
            <span className="field__label">Tên dự thảo (không bắt buộc)</span>
            <input
              className="input"
              type="text"
              value={title}
              maxLength={500}
              placeholder="Để trống để dùng tên của mẫu"
              onChange={(e) => setTitle(e.target.value)}
              data-testid="new-draft-title"
            />
          </label>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onCancel}>
              Hủy
            </button>
            <button type="submit" className="button button--primary" disabled={!chosen || busy} data-testid="new-draft-create">
              Tạo dự thảo
            </button>
          </div>
        </form>
      </Dialog>
      {removing && (
        <ConfirmDialog
          title="Xóa mẫu?"
          message={
            <p>
              Mẫu «<strong>{removing.title}</strong>» sẽ bị xóa khỏi “Mẫu của tôi”. Các dự thảo đã tạo từ mẫu này không bị ảnh hưởng.
            </p>
          }
          confirmLabel="Xóa mẫu"
          danger
          testId="confirm-delete-template"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const t = removing;
            setRemoving(null);
            void removeTemplate(t);
          }}
        />
      )}
    </>
  );
}
