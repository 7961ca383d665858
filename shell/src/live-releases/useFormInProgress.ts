import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Whether the customer has typed into a form inside `area` since they last navigated (or sent the
 * form): the one moment a section must not be swapped under them. Read when needed, not rendered.
 */
export function useFormInProgress(area: RefObject<HTMLElement | null>, pathname: string): () => boolean {
  const typing = useRef(false);
  useEffect(() => {
    typing.current = false;
  }, [pathname]);
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const typed = () => void (typing.current = true);
    const sent = () => void (typing.current = false);
    element.addEventListener('input', typed);
    element.addEventListener('submit', sent);
    return () => {
      element.removeEventListener('input', typed);
      element.removeEventListener('submit', sent);
    };
  }, [area]);
  return useCallback(() => typing.current, []);
}
