interface Props {
  title: string;
  error: Error;
  onRetry?: () => void;
}

/** A failed request, in the words the BFF chose, with a way to try again. */
export function ProblemMessage({ title, error, onRetry }: Props) {
  return (
    <div className="cat-problem" role="alert">
      <p className="cat-problem-title">{title}</p>
      <p className="cat-problem-detail">{error.message}</p>
      {onRetry && (
        <button type="button" className="cat-button cat-button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
