import { customerMessage } from '../customerMessage';

interface Props {
  title: string;
  error: Error;
  /** The page's own words for this failure, when it knows better than customerMessage. */
  detail?: string;
  onRetry?: () => void;
}

/** A failed request, in words the customer understands (customerMessage), with a way to try again. */
export function ProblemMessage({ title, error, detail, onRetry }: Props) {
  return (
    <div className="tk-notice tk-tone-danger" role="alert">
      <p className="tk-problem-title">{title}</p>
      <p className="tk-problem-detail">{detail ?? customerMessage(error)}</p>
      {onRetry && (
        <button type="button" className="tk-button tk-button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
