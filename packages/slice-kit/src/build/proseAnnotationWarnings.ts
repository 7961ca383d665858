import type { Rollup } from 'vite';

/**
 * zod's own source explains two of its `/*@__PURE__*\/` annotations in the comment above them, and
 * the explanation names the annotation. Rollup reads the prose as an annotation it cannot place,
 * prints a long warning and drops that comment; the real annotations beside it are kept, so the
 * output is the same byte for byte. Exactly those warnings are left out: any other misplaced
 * annotation, zod's or anyone's, is still reported.
 */
const proseComments = /[\\/]zod[\\/]v4[\\/]core[\\/](util|regexes)\.js$/;

export function isProseAnnotationWarning(warning: Rollup.RollupLog): boolean {
  return warning.code === 'INVALID_ANNOTATION' && proseComments.test(warning.id ?? '');
}

/** Rollup's `onwarn` for every Tiffin front-end build. */
export function onBuildWarning(warning: Rollup.RollupLog, report: (warning: Rollup.RollupLog) => void): void {
  if (!isProseAnnotationWarning(warning)) report(warning);
}
