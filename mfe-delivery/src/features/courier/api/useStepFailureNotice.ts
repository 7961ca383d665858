import { useEffect } from 'react';
import { stepFailureNoticeMs } from '../courierSteps';

/** Forgets a failed step (`reset`) once its notice has been up for stepFailureNoticeMs; a new failure starts the wait again. */
export function useStepFailureNotice(error: Error | null, reset: () => void): void {
  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(reset, stepFailureNoticeMs);
    return () => clearTimeout(timer);
  }, [error, reset]);
}
