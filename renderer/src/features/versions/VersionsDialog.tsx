/**
 * "Phiên bản": the versions of the open draft. Save one with a label ("Lưu
 * phiên bản"), open one read-only, compare two (or one with the current
 * text) side by side or inline, export the comparison as a "bảng so sánh"
 * .docx, restore one (a new version; the current text is kept as a version
 * too) or make a new draft from one.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { VersionComparison } from '../../../../common/versions/api';
import { VERSION_TRIGGER_LABELS, type VersionDetail, type VersionSummary } from '../../../../common/versions/types';
import { useApi } from '../../platform/api/ApiContext';
import { downloadBase64 } from '../review/file-transfer';
import { ConfirmDialog } from '../../platform/ui/ConfirmDialog';
import { Dialog } from '../../platform/ui/Dialog';
import { errorText } from '../../platform/ui/errorText';
import { useBusyAction } from '../../platform/ui/useBusyAction';
import { Notice } from '../../platform/ui/Notice';
import { CompareView, type CompareLayout } from './CompareView';
import { formatBytes, formatWhen, versionName } from './format';
import { VersionPreview } from './VersionPreview';
import './versions.css';

type Ref = number | 'current';

/** Props of `VersionsDialog`. */
export interface VersionsDialogProps {
  readonly draftId: string;
  /** Stores pending edits; resolves true when everything is saved. */
  readonly saveNow: () => Promise<boolean>;
  /** After a restore changed the stored draft: read it again. */
  readonly onRestored: (message: string) => void;
  readonly onClose: () => void;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The versions dialog of a draft. */
export function VersionsDialog({ draftId, saveNow, onRestored, onClose }: VersionsDialogProps) {
  const api = useApi();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [label, setLabel] = useState('');
  const { error, setError, busy, run } = useBusyAction();
  const [info, setInfo] = useState<string | null>(null);
  const [preview, setPreview] = useState<VersionDetail | null>(null);
  const [from, setFrom] = useState<Ref | null>(null);
  const [to, setTo] = useState<Ref>('current');
  const [layout, setLayout] = useState<CompareLayout>('side');
  const [comparison, setComparison] = useState<VersionComparison | null>(null);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);

  // Only the newest list request may set the list: an older answer arriving late
  // (the one asked on opening, say) must not hide a version just saved.
  const loadSeq = useRef(0);
  const load = useCallback(async () => {
    const n = ++loadSeq.current;
    try {
      const list = await api.listVersions({ draftId });
      if (n === loadSeq.current) setVersions(list);
    } catch (err) {
      if (n === loadSeq.current) setError(errorText(err));
    }
  }, [api, draftId]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (!(await saveNow())) throw new Error('Chưa lưu được dự thảo nên chưa lưu được phiên bản. Hãy thử lại.');
      const v = await api.saveVersion({ draftId, label });
      setLabel('');
      await load();
      setInfo(`Đã lưu ${versionName(v)}.`);
    });
  };

  const compare = (a: Ref, b: Ref) =>
    run(async () => {
      if (!(await saveNow())) throw new Error('Chưa lưu được dự thảo nên chưa so sánh được với bản hiện tại.');
      setPreview(null);
      setFrom(a);
      setTo(b);
      setComparison(await api.compareVersions({ draftId, from: a, to: b }));
    });

  const exportDocx = () =>
    run(async () => {
      if (from === null) return;
      const f = await api.exportComparisonDocx({ draftId, from, to });
      downloadBase64(f.fileName, f.file, DOCX_MIME);
    });

  const refOptions = (
    <>
      <option value="current">Bản hiện tại</option>
      {(versions ?? []).map((v) => (
        <option key={v.number} value={v.number}>
          {versionName(v)}
        </option>
      ))}
    </>
  );
  const parseRef = (value: string): Ref => (value === 'current' ? 'current' : Number(value));

  return (
    <Dialog title="Phiên bản của dự thảo" onClose={onClose} testId="versions-dialog" wide>
      <form className="versions__save" onSubmit={save}>
        <label>
          Nhãn phiên bản{' '}
          <input
            className="input"
            value={label}
            maxLength={300}
            placeholder="Ví dụ: Dự thảo lần 2 – gửi Ban Thường vụ"
            onChange={(e) => setLabel(e.target.value)}
            data-testid="version-label-input"
          />
        </label>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="save-version-button">
          Lưu phiên bản
        </button>
      </form>
      {error && (
        <Notice kind="error" onDismiss={() => setError(null)} testId="versions-error">
          {error}
        </Notice>
      )}
      {info && (
        <Notice kind="info" onDismiss={() => setInfo(null)} testId="versions-info">
          {info}
        </Notice>
      )}
      {versions === null ? (
        <p className="muted">Đang tải…</p>
      ) : versions.length === 0 ? (
        <p className="muted" data-testid="versions-empty">
          Chưa có phiên bản nào. Phiên bản được lưu khi bạn bấm “Lưu phiên bản”, khi xuất Word, khi đóng gói bản góp ý và trước khi nhập góp ý.
        </p>
      ) : (
        <ul className="versions__list" data-testid="versions-list">
          {versions.map((v) => (
            <li key={v.number} className="versions__item" data-testid="version-item" data-number={v.number}>
              <div className="versions__meta">
                <strong>{versionName(v)}</strong>
                <span className="muted">
                  {formatWhen(v.createdAt)} · {VERSION_TRIGGER_LABELS[v.trigger]}
                  {v.author ? ` · ${v.author}` : ''} · {v.words.toLocaleString('vi-VN')} từ · {formatBytes(v.storedBytes)}
                </span>
              </div>
              <div className="versions__actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  data-testid="version-open"
                  onClick={() =>
                    void run(async () => {
                      setComparison(null);
                      setPreview(await api.getVersion({ draftId, number: v.number }));
                    })
                  }
                >
                  Xem
                </button>
                <button type="button" className="button" disabled={busy} data-testid="version-compare-current" onClick={() => void compare(v.number, 'current')}>
                  So với bản hiện tại
                </button>
                <button type="button" className="button" disabled={busy} data-testid="version-restore" onClick={() => setRestoring(v)}>
                  Khôi phục
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  data-testid="version-new-draft"
                  onClick={() =>
                    void run(async () => {
                      const d = await api.draftFromVersion({ draftId, number: v.number });
                      setInfo(`Đã tạo dự thảo mới “${d.title}” trong thư viện.`);
                    })
                  }
                >
                  Tạo dự thảo mới
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {versions && versions.length > 0 && (
        <div className="versions__compare-bar">
          <label>
            So sánh{' '}
            <select value={from ?? ''} onChange={(e) => setFrom(parseRef(e.target.value))} data-testid="compare-from">
              <option value="" disabled>
                chọn…
              </option>
              {refOptions}
            </select>
          </label>
          <label>
            với{' '}
            <select value={to} onChange={(e) => setTo(parseRef(e.target.value))} data-testid="compare-to">
              {refOptions}
            </select>
          </label>
          <button type="button" className="button" disabled={busy || from === null} onClick={() => from !== null && void compare(from, to)} data-testid="compare-button">
            So sánh
          </button>
          <label>
            <input type="radio" name="compare-layout" checked={layout === 'side'} onChange={() => setLayout('side')} data-testid="layout-side" /> Hai cột
          </label>
          <label>
            <input type="radio" name="compare-layout" checked={layout === 'inline'} onChange={() => setLayout('inline')} data-testid="layout-inline" /> Một cột
          </label>
          {comparison && (
            <button type="button" className="button" disabled={busy} onClick={() => void exportDocx()} data-testid="export-comparison">
              Xuất bảng so sánh (.docx)
            </button>
          )}
        </div>
      )}
      {comparison && <CompareView comparison={comparison} layout={layout} />}
      {preview && (
        <section aria-label={versionName(preview)}>
          <h3 className="versions__preview-title">{versionName(preview)} (chỉ đọc)</h3>
          <VersionPreview version={preview} />
        </section>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-testid="versions-close">
          Đóng
        </button>
      </div>
      {restoring && (
        <ConfirmDialog
          title="Khôi phục phiên bản?"
          message={
            <p>
              Nội dung dự thảo sẽ trở lại như <strong>{versionName(restoring)}</strong>. Nội dung hiện tại được giữ lại thành một phiên bản, không mất gì.
            </p>
          }
          confirmLabel="Khôi phục"
          testId="confirm-restore-version"
          onCancel={() => setRestoring(null)}
          onConfirm={() => {
            const v = restoring;
            setRestoring(null);
            void run(async () => {
              if (!(await saveNow())) throw new Error('Chưa lưu được dự thảo nên chưa khôi phục (để không mất phần vừa sửa).');
              const r = await api.restoreVersion({ draftId, number: v.number });
              onRestored(`Đã khôi phục ${versionName(v)} (thành phiên bản ${r.version.number}).`);
            });
          }}
        />
      )}
    </Dialog>
  );
}
