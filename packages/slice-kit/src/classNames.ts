/** Joins the class names that apply, e.g. `classNames('tk-badge', open && 'is-open')`. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
