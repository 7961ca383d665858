import { Component, type ErrorInfo, type ReactNode } from 'react';
import { SliceRefusedError } from './remoteSlice';

interface Props {
  /** The slice's label from the manifest, e.g. "Orders". */
  label: string;
  /** Changes when the customer navigates, giving a crashed slice another chance. */
  resetKey: string;
  onRetry: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one slice's failure (load or render) inside its own area; the header and nav stay usable. */
export class SliceErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[shell] the ${this.props.label} slice failed`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (error instanceof SliceRefusedError) {
      // Why it was refused (a contract version, an origin) is for developers: it is in the console.
      return (
        <section className="shell-message shell-slice-error" role="alert">
          <h1>The {this.props.label.toLowerCase()} section was not loaded</h1>
          <p>This part of Tiffin is being updated and cannot open right now. The rest of Tiffin still works; please try again later.</p>
        </section>
      );
    }
    return (
      <section className="shell-message shell-slice-error" role="alert">
        <h1>The {this.props.label.toLowerCase()} section is unavailable right now</h1>
        <p>The rest of Tiffin still works. Try again in a moment.</p>
        <button type="button" className="shell-button" onClick={this.retry}>
          Retry
        </button>
      </section>
    );
  }
}
