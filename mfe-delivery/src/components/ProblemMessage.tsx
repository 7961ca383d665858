interface Props {
  title: string;
  error: Error;
  onRetry?: () => void;
}

/** A failed request, in the words the BFF chose, with a way to try again. */
export function ProblemMessage({ title, error, onRetry }: Props) {
  return (
    <div className="dlv-problem" role="alert">
      <p className="dlv-problem-title">{title}</p>
      <p className="dlv-problem-detail">{error.message}</p>
      {onRetry && (
        <button type="button" className="dlv-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
