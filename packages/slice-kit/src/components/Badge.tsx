import type { ReactNode } from 'react';
import { classNames } from '../classNames';
import { toneClass, type Tone } from './tone';

interface Props {
  tone: Tone;
  /** Extra class, for where a slice places the badge. */
  className?: string;
  children: ReactNode;
}

/** A short state in a coloured pill, in words: "Open now", "Order confirmed", "Delivered". */
export function Badge({ tone, className, children }: Props) {
  return <span className={classNames('tk-badge', toneClass(tone), className)}>{children}</span>;
}
