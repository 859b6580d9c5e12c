/**
 * "Sao lưu / Khôi phục": the backups of the whole database, in the
 * `backups/` folder beside the data. Back up now, set how many are kept,
 * see what a backup holds (drafts, dates) and only then restore it; the
 * current data is backed up aside before it is replaced. "Xuất tất cả
 * dự thảo" lives here too: a secretariat looks for "a copy of everything"
 * where the backups are.
 */
import { useCallback, useEffect, useState } from 'react';
import { BACKUP_REASON_LABELS, type BackupPreview, type BackupStatus } from '../../../../common/versions/backup-types';
import { useApi } from '../../platform/api/ApiContext';
import { Dialog } from '../../platform/ui/Dialog';
import { errorText } from '../../platform/ui/errorText';
import { useBusyAction } from '../../platform/ui/useBusyAction';
import { Notice } from '../../platform/ui/Notice';
import { ExportAllPanel } from './ExportAllPanel';
import { formatBytes, formatWhen } from '../versions/format';
import '../versions/versions.css';

/** Props of `BackupDialog`. */
export interface BackupDialogProps {
  readonly onClose: () => void;
  /** After a restore replaced the data: reload the library. */
  readonly onRestored: (message: string) => void;
}

/** The backup and restore dialog. */
export function BackupDialog({ onClose, onRestored }: BackupDialogProps) {
  const api = useApi();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const { error, setError, busy, run } = useBusyAction();
  const [info, setInfo] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setStatus(await api.getBackupStatus({}));
    } catch (err) {
      setError(errorText(err));
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Dialog title="Sao lưu / Khôi phục" onClose={onClose} testId="backup-dialog" wide>
      {status?.networkShare && (
        <Notice kind="warning" testId="network-share-notice">
          {status.networkShare}
        </Notice>
      )}
      {error && (
        <Notice kind="error" onDismiss={() => setError(null)} testId="backup-error">
          {error}
        </Notice>
      )}
      {info && (
        <Notice kind="info" onDismiss={() => setInfo(null)} testId="backup-info">
          {info}
        </Notice>
      )}
      <p className="muted">
        DuThao tự sao lưu toàn bộ dữ liệu mỗi ngày, trước khi nâng cấp và trước khi khôi phục, vào thư mục <code>{status?.folder ?? '…'}</code>.
      </p>
      <div className="versions__compare-bar">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          data-testid="backup-now"
          onClick={() =>
            void run(async () => {
              const b = await api.createBackup({});
              setInfo(`Đã sao lưu (${formatBytes(b.bytes)}).`);
              await load();
            })
          }
        >
          Sao lưu ngay
        </button>
        <label>
          Giữ lại{' '}
          <input
            className="input"
            type="number"
            min={1}
            max={365}
            style={{ width: '5em' }}
            value={status?.keep ?? 10}
            data-testid="backup-keep"
            onChange={(e) => {
              const keep = Math.round(Number(e.target.value));
              if (keep >= 1 && keep <= 365) void run(async () => setStatus(await api.setBackupKeep({ keep })));
            }}
          />{' '}
          bản sao lưu gần nhất
        </label>
      </div>
      {status && status.backups.length === 0 && <p className="muted">Chưa có bản sao lưu nào.</p>}
      {status && status.backups.length > 0 && (
        <ul className="versions__list" data-testid="backup-list">
          {status.backups.map((b) => (
            <li key={b.fileName} className="versions__item" data-testid="backup-item">
              <div className="versions__meta">
                <strong>{formatWhen(b.createdAt)}</strong>
                <span className="muted">
                  {BACKUP_REASON_LABELS[b.reason]} · {formatBytes(b.bytes)}
                </span>
              </div>
              <div className="versions__actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  data-testid="backup-preview"
                  onClick={() => void run(async () => setPreview(await api.previewBackup({ fileName: b.fileName })))}
                >
                  Xem nội dung
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {preview && (
        <section className="version-preview" data-testid="backup-preview-panel" aria-label="Nội dung bản sao lưu">
          {preview.sound ? (
            <>
              <p>
                Bản sao lưu lúc <strong>{formatWhen(preview.createdAt)}</strong> có {preview.drafts.length} dự thảo
                {preview.lastChange ? `, sửa gần nhất lúc ${formatWhen(preview.lastChange)}` : ''}:
              </p>
              <ul>
                {preview.drafts.map((d) => (
                  <li key={d.id}>
                    {d.title} <span className="muted">({formatWhen(d.updatedAt)}{d.inTrash ? ', trong thùng rác' : ''})</span>
                  </li>
                ))}
              </ul>
              <p>Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng nội dung trên. Dữ liệu hiện tại được sao lưu riêng trước, không mất.</p>
              <button
                type="button"
                className="button button--danger"
                disabled={busy}
                data-testid="backup-restore"
                onClick={() =>
                  void run(async () => {
                    const r = await api.restoreBackup({ fileName: preview.fileName });
                    onRestored(`Đã khôi phục bản sao lưu lúc ${formatWhen(r.restored.createdAt)} (${r.drafts} dự thảo). Dữ liệu trước đó được giữ trong thư mục sao lưu.`);
                  })
                }
              >
                Khôi phục bản sao lưu này
              </button>
            </>
          ) : (
            <Notice kind="error">{preview.problem}</Notice>
          )}
        </section>
      )}
      <ExportAllPanel />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-testid="backup-close">
          Đóng
        </button>
      </div>
    </Dialog>
  );
}
