import { customerMessage } from '../customerMessage';

interface Props {
  title: string;
  error: Error;
  onRetry?: () => void;
}

/** A failed request, in words the customer understands (customerMessage), with a way to try again. */
export function ProblemMessage({ title, error, onRetry }: Props) {
  return (
    <div className="tk-notice tk-tone-danger" role="alert">
      <p className="tk-problem-title">{title}</p>
      <p className="tk-problem-detail">{customerMessage(error)}</p>
      {onRetry && (
        <button type="button" className="tk-button tk-button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
