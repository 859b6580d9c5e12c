/**
 * "Nhập từ Word": reads the chosen or dropped .docx, shows what the import
 * will give (title, profile, what was recognised and approximated), asks
 * what to do with tracked changes (accept all or reject all, never mixed)
 * and whether to shift the title's years, imports, then shows the report
 * and opens the new draft. The file on disk is never written.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ImportReport, WordImportPreview, WordImportResult } from '../../../../common/import/word-import';
import { PROFILE_LABELS } from '../../../../common/document/types';
import { useApi } from '../../platform/api/ApiContext';
import { fileToBase64 } from '../../features/review/file-transfer';
import { Dialog } from '../../platform/ui/Dialog';
import { errorText } from '../../platform/ui/errorText';
import { useFormAction } from '../../platform/ui/useFormAction';

/** Props of `WordImportDialog`. */
export interface WordImportDialogProps {
  readonly file: File;
  readonly onCancel: () => void;
  /** Called with the new draft's id when the user opens it. */
  readonly onOpen: (id: string) => void;
  /** Called once the draft exists (the library refreshes). */
  readonly onImported: () => void;
}

/** The report as a list: recognised fields, then approximations. */
function ReportView({ report }: { readonly report: ImportReport }) {
  return (
    <div className="import-report" data-testid="import-report">
      {report.recognised.length > 0 && (
        <ul className="import-report__found">
          {report.recognised.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {report.notes.length > 0 ? (
        <ul className="import-report__notes" data-testid="import-notes">
          {report.notes.map((n) => (
            <li key={n.code}>{n.message}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Không có phần nào phải làm gần đúng.</p>
      )}
    </div>
  );
}

/** The import dialog. */
export function WordImportDialog({ file, onCancel, onOpen, onImported }: WordImportDialogProps) {
  const api = useApi();
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<WordImportPreview | null>(null);
  const [title, setTitle] = useState('');
  const [tracked, setTracked] = useState<'accept' | 'reject' | null>(null);
  const [shiftYear, setShiftYear] = useState(false);
  const [result, setResult] = useState<WordImportResult | null>(null);
  const { error, setError, busy, run } = useFormAction();

  useEffect(() => {
    let live = true;
    (async () => {
      const base64 = await fileToBase64(file);
      const p = await api.previewWordImport({ file: base64 });
      if (!live) return;
      setContent(base64);
      setPreview(p);
      setTitle(p.title);
    })().catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [api, file, setError]);

  const needsChoice = (preview?.trackedChanges ?? 0) > 0 && tracked === null;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!content || !preview || needsChoice) return;
    await run(async () => {
      const t = title.trim();
      const r = await api.importWordDocument({
        file: content,
        fileName: file.name,
        ...(t && t !== preview.title ? { title: t } : {}),
        ...(tracked ? { trackedChanges: tracked } : {}),
        ...(shiftYear && preview.yearShift ? { yearShift: preview.yearShift } : {}),
      });
      setResult(r);
      onImported();
    });
  };

  if (result) {
    return (
      <Dialog title="Đã nhập từ Word" onClose={onCancel} testId="word-import-done" wide>
        <p>
          Đã tạo dự thảo «<strong data-testid="word-import-title">{result.title}</strong>» ({PROFILE_LABELS[result.profile]}). Tệp Word gốc không bị thay đổi.
        </p>
        <ReportView report={result.report} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Đóng
          </button>
          <button type="button" className="button button--primary" data-autofocus onClick={() => onOpen(result.id)} data-testid="word-import-open">
            Mở dự thảo
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Nhập từ Word" onClose={onCancel} testId="word-import-dialog" wide description={<p>Tệp: {file.name}</p>}>
      <form onSubmit={(e) => void submit(e)}>
        {!preview && !error && <p className="muted">Đang đọc tệp Word…</p>}
        {preview && (
          <>
            <label className="field">
              <span className="field__label">Tên dự thảo</span>
              <input className="input" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} data-testid="word-import-title-input" />
            </label>
            <p>Thể thức: {PROFILE_LABELS[preview.profile]}{preview.comments > 0 ? ` · ${preview.comments} góp ý (comment) sẽ được nhập` : ''}</p>
            <ReportView report={preview.report} />
            {preview.trackedChanges > 0 && (
              <fieldset className="field" data-testid="word-import-tracked">
                <legend className="field__label">Tệp có {preview.trackedChanges} thay đổi được theo dõi (track changes). Nhập theo cách nào?</legend>
                <label>
                  <input type="radio" name="tracked" checked={tracked === 'accept'} onChange={() => setTracked('accept')} /> Chấp nhận tất cả thay đổi
                </label>
                <label>
                  <input type="radio" name="tracked" checked={tracked === 'reject'} onChange={() => setTracked('reject')} /> Từ chối tất cả thay đổi
                </label>
              </fieldset>
            )}
            {preview.yearShift && (
              <label className="field field--check">
                <input type="checkbox" checked={shiftYear} onChange={(e) => setShiftYear(e.target.checked)} data-testid="word-import-shift-year" /> Chuyển năm {preview.yearShift.from} → {preview.yearShift.to} trong tên dự thảo và trích yếu
              </label>
            )}
          </>
        )}
        {error && (
          <p className="form-error" role="alert" data-testid="word-import-error">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Hủy
          </button>
          <button type="submit" className="button button--primary" disabled={!preview || needsChoice || busy} data-testid="word-import-submit">
            Nhập
          </button>
        </div>
      </form>
    </Dialog>
  );
}
