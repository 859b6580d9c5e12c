/**
 * The draft's title in the editor's title bar: edit in place; Enter or
 * leaving the field renames, Escape goes back to the saved title.
 */
import { useEffect, useState } from 'react';
import { toNfc } from '../../../../common/text/normalize';

/** Props of `TitleField`. */
export interface TitleFieldProps {
  readonly title: string;
  /** Renames; rejects when the rename failed (the field then shows the saved title again). */
  readonly onRename: (title: string) => Promise<void>;
}

/** The editable title. */
export function TitleField({ title, onRename }: TitleFieldProps) {
  const [value, setValue] = useState(title);
  useEffect(() => setValue(title), [title]);

  const commit = (): void => {
    const next = toNfc(value).trim();
    if (!next || next === title) {
      setValue(title);
      return;
    }
    onRename(next).catch(() => setValue(title));
  };

  return (
    <input
      className="title-field"
      type="text"
      aria-label="Tên dự thảo"
      maxLength={500}
      value={value}
      data-testid="editor-title"
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          setValue(title);
          // Blur after the reset so that commit() sees the saved title.
          const el = e.currentTarget;
          requestAnimationFrame(() => el.blur());
        }
      }}
    />
  );
}
