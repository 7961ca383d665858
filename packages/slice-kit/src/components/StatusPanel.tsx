import type { ReactNode } from 'react';
import { classNames } from '../classNames';
import { toneClass, type Tone } from './tone';

interface Props {
  /** What the status means, in a few words a person says ("Ready for pickup"), never the API's code; announced to screen readers on change. */
  headline: string;
  tone: Tone;
  explanation: string;
  /** Extra class on the panel, for a slice's own touches. */
  className?: string;
  children?: ReactNode;
}

/** The live status of one thing the customer waits for, with what it means for them. */
export function StatusPanel({ headline, tone, explanation, className, children }: Props) {
  return (
    <div className={classNames('tk-status-panel', toneClass(tone), className)}>
      <p className="tk-status" role="status" aria-live="polite">
        {headline}
      </p>
      <p className="tk-status-explanation">{explanation}</p>
      {children}
    </div>
  );
}
