/**
 * "Đổi tên": a dialog with the draft's title in a text box.
 */
import { TextFieldDialog } from '../../platform/ui/TextFieldDialog';

/** Props of `RenameDialog`. */
export interface RenameDialogProps {
  readonly currentTitle: string;
  readonly onCancel: () => void;
  /** Saves the new title; rejects with a message to show. */
  readonly onRename: (title: string) => Promise<void>;
}

/** The rename dialog. */
export function RenameDialog({ currentTitle, onCancel, onRename }: RenameDialogProps) {
  return (
    <TextFieldDialog
      title="Đổi tên dự thảo"
      testId="rename-dialog"
      label="Tên mới"
      initialValue={currentTitle}
      emptyMessage="Tên dự thảo không được để trống."
      inputTestId="rename-input"
      submitLabel="Đổi tên"
      submitTestId="rename-save"
      onCancel={onCancel}
      onSubmit={onRename}
    />
  );
}
