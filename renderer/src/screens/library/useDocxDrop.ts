/**
 * Drag-and-drop of a Word file onto the window: while `enabled`, a dropped
 * .docx is handed to `onDocx`; any other dropped file calls `onOther`. The
 * browser never navigates to a dropped file.
 */
import { useEffect, useRef } from 'react';

/** Whether a file is a Word .docx (by name or type). */
export function isDocxFile(file: File): boolean {
  return /\.docx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
}

/** Listens for files dropped on the window. */
export function useDocxDrop(enabled: boolean, onDocx: (file: File) => void, onOther: () => void): void {
  const handlers = useRef({ onDocx, onOther });
  handlers.current = { onDocx, onOther };
  useEffect(() => {
    if (!enabled) return;
    const hasFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (isDocxFile(file)) handlers.current.onDocx(file);
      else handlers.current.onOther();
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [enabled]);
}
