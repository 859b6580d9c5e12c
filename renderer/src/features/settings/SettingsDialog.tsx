/**
 * "Cơ quan của tôi": who the user is and the body they draft for. These
 * fill new drafts (issuing body, place, symbol) and sign comments.
 */
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../common/api/contract';
import { PROFILE_IDS, PROFILE_LABELS, type ProfileId } from '../../../../common/document/types';
import { toNfc } from '../../../../common/text/normalize';
import { useApi } from '../../platform/api/ApiContext';
import { Dialog } from '../../platform/ui/Dialog';
import { useApiLoad } from '../../platform/ui/useApiLoad';
import { useFormAction } from '../../platform/ui/useFormAction';

/** Props of `SettingsDialog`. */
export interface SettingsDialogProps {
  readonly onClose: () => void;
  /** Called with the saved settings. */
  readonly onSaved?: (settings: Settings) => void;
  /** First run: a short welcome above the form. */
  readonly firstRun?: boolean;
}

type TextField = Exclude<keyof Settings, 'profile'>;

const FIELDS: readonly { key: TextField; label: string; hint?: string; maxLength: number; multiline?: boolean }[] = [
  { key: 'userName', label: 'Họ và tên của bạn', maxLength: 100 },
  { key: 'userRole', label: 'Chức vụ', hint: 'Ví dụ: Phó Chánh Văn phòng', maxLength: 100 },
  { key: 'superiorBody', label: 'Cơ quan cấp trên (nếu có)', hint: 'Ví dụ: ĐẢNG BỘ THÀNH PHỐ CẦN THƠ', maxLength: 200 },
  { key: 'issuingBody', label: 'Cơ quan ban hành', hint: 'Ví dụ: THÀNH ỦY CẦN THƠ — xuống dòng để chia thành hai dòng', maxLength: 200, multiline: true },
  { key: 'bodyCode', label: 'Chữ viết tắt của cơ quan (trong ký hiệu)', hint: 'Ví dụ: TU, UBND', maxLength: 20 },
  { key: 'place', label: 'Địa danh', hint: 'Ví dụ: Cần Thơ', maxLength: 100 },
];

/** True when the user has not yet said who they are or which body they draft for. */
export function isSettingsEmpty(s: Settings): boolean {
  return s.userName.trim() === '' && s.issuingBody.trim() === '';
}

/** The settings dialog. */
export function SettingsDialog({ onClose, onSaved, firstRun }: SettingsDialogProps) {
  const api = useApi();
  const [values, setValues] = useState<Settings | null>(null);
  const { error, setError, busy, run } = useFormAction();

  useApiLoad(() => api.getSettings({}), setValues, setError, api);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!values) return;
    await run(async () => {
      const clean: Settings = { ...values };
      for (const f of FIELDS) clean[f.key] = toNfc(values[f.key]).trim();
      const saved = await api.updateSettings(clean);
      onSaved?.(saved);
      onClose();
    });
  };

  const set = (key: TextField, value: string): void => setValues((v) => (v ? { ...v, [key]: value } : v));

  return (
    <Dialog
      title={firstRun ? 'Chào mừng bạn đến với DuThao' : 'Cơ quan của tôi'}
      onClose={onClose}
      testId="settings-dialog"
      wide
      description={firstRun ? <p>Hãy cho DuThao biết bạn là ai và soạn văn bản cho cơ quan nào. Các thông tin này được điền sẵn vào dự thảo mới; bạn có thể đổi lại bất cứ lúc nào.</p> : undefined}
    >
      {values === null ? (
        error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : (
          <p className="muted">Đang tải…</p>
        )
      ) : (
        <form onSubmit={submit} className="settings-form">
          {FIELDS.map((f) => (
            <label key={f.key} className="field">
              <span className="field__label">{f.label}</span>
              {f.multiline ? (
                <textarea className="input" rows={2} maxLength={f.maxLength} value={values[f.key]} onChange={(e) => set(f.key, e.target.value)} data-testid={`settings-${f.key}`} />
              ) : (
                <input className="input" type="text" maxLength={f.maxLength} value={values[f.key]} onChange={(e) => set(f.key, e.target.value)} data-testid={`settings-${f.key}`} />
              )}
              {f.hint && <span className="field__hint">{f.hint}</span>}
            </label>
          ))}
          <fieldset className="field">
            <legend className="field__label">Thể thức mặc định của dự thảo mới</legend>
            {PROFILE_IDS.map((p: ProfileId) => (
              <label key={p} className="radio">
                <input type="radio" name="profile" value={p} checked={values.profile === p} onChange={() => setValues({ ...values, profile: p })} data-testid={`settings-profile-${p}`} />
                {PROFILE_LABELS[p]}
              </label>
            ))}
          </fieldset>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose} data-testid="settings-cancel">
              {firstRun ? 'Để sau' : 'Hủy'}
            </button>
            <button type="submit" className="button button--primary" disabled={busy} data-testid="settings-save">
              Lưu
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
