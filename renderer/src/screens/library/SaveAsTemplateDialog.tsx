/**
 * "Lưu làm mẫu": asks for the new template's name (the draft's title by
 * default) and saves; used from a library row and from the editor screen.
 */
import { TextFieldDialog } from '../../platform/ui/TextFieldDialog';

/** Props of `SaveAsTemplateDialog`. */
export interface SaveAsTemplateDialogProps {
  /** The name shown first (the draft's title). */
  readonly defaultTitle: string;
  readonly onCancel: () => void;
  /** Saves the template under this name; rejects with a message to show. */
  readonly onSave: (title: string) => Promise<void>;
}

/** The "Lưu làm mẫu" dialog. */
export function SaveAsTemplateDialog({ defaultTitle, onCancel, onSave }: SaveAsTemplateDialogProps) {
  return (
    <TextFieldDialog
      title="Lưu làm mẫu"
      testId="save-template-dialog"
      intro={<p className="muted">Mẫu mới giữ toàn bộ nội dung hiện tại của dự thảo và xuất hiện trong hộp “Dự thảo mới”, mục “Mẫu của tôi”.</p>}
      label="Tên mẫu"
      initialValue={defaultTitle}
      emptyMessage="Tên mẫu không được để trống."
      inputTestId="save-template-name"
      errorTestId="save-template-error"
      submitLabel="Lưu mẫu"
      submitTestId="save-template-ok"
      onCancel={onCancel}
      onSubmit={onSave}
    />
  );
}
