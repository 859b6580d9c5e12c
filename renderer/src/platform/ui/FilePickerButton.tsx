/**
 * A button that opens the system's file picker (a hidden file input) and
 * hands over the one file chosen. Choosing the same file again works: the
 * input is cleared after each choice.
 */
import { useRef } from 'react';

/** Props of `FilePickerButton`. */
export interface FilePickerButtonProps {
  /** The button's text. */
  readonly label: string;
  /** The input's `accept` (extensions and MIME types). */
  readonly accept: string;
  readonly onFile: (file: File) => void;
  /** data-testid of the button; the input gets `<testId>-input` unless `inputTestId` says otherwise. */
  readonly testId: string;
  readonly inputTestId?: string;
  readonly className?: string;
}

/** The picker button. */
export function FilePickerButton({ label, accept, onFile, testId, inputTestId, className = 'button' }: FilePickerButtonProps): React.JSX.Element {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()} data-testid={testId}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={inputTestId ?? `${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
