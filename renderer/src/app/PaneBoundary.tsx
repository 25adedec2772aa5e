import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Messages } from '../../../core/i18n/messages';

interface PaneBoundaryProps {
  readonly text: Messages;
  /** Told when the pane failed, e.g. to save what the journalist typed. */
  readonly onError?: () => void;
  readonly children: ReactNode;
}

/** Keeps one pane's failure inside that pane: a message and a way back instead of a blank window. */
export class PaneBoundary extends Component<PaneBoundaryProps, { readonly error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A pane failed:', error, info.componentStack);
    this.props.onError?.();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="pane-error" role="alert">
        <p>{this.props.text.paneFailed}</p>
        <bdi className="banner-detail" dir="ltr">{error.message}</bdi>
        <button type="button" className="button" onClick={() => this.setState({ error: undefined })}>{this.props.text.retrySave}</button>
      </div>
    );
  }
}
