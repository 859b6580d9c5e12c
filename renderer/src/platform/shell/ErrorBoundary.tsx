/**
 * The last line of defence of the UI: a render error anywhere below shows a
 * Vietnamese message with “Tải lại” instead of a blank window. Reloading
 * keeps the address, so the same draft opens again with everything the
 * autosave has stored.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of `ErrorBoundary`. */
export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Reloads the page (tests pass a spy). */
  readonly reload?: () => void;
}

interface State {
  readonly failed: boolean;
}

/** Catches render errors of its children. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console only (dev tools); the message may quote document text, so it is not sent anywhere.
    console.error('DuThao UI error:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const reload = this.props.reload ?? (() => location.reload());
    return (
      <div className="error-screen" role="alert" data-testid="error-screen">
        <h1>DuThao gặp lỗi khi hiển thị màn hình này.</h1>
        <p>Dự thảo đã được lưu tự động đến lần lưu gần nhất. Bấm “Tải lại” để mở lại đúng chỗ đang làm việc.</p>
        <button type="button" className="button button--primary" onClick={reload} data-testid="error-reload">
          Tải lại
        </button>
      </div>
    );
  }
}
