import { Component, type ErrorInfo, type ReactNode } from 'react';
import { SliceErrorCard } from './SliceErrorCard';

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

/** Keeps one slice's failure to render inside its own area; the header and nav stay usable. */
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
    return <SliceErrorCard label={this.props.label} error={error} onRetry={this.retry} />;
  }
}
