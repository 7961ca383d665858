interface Props {
  title: string;
  error: Error;
  onRetry?: () => void;
}

/** A failed request, in the words the BFF chose, with a way to try again. */
export function ProblemMessage({ title, error, onRetry }: Props) {
  return (
    <div className="ord-problem" role="alert">
      <p className="ord-problem-title">{title}</p>
      <p className="ord-problem-detail">{error.message}</p>
      {onRetry && (
        <button type="button" className="ord-button ord-button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
