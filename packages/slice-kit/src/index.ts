// What the slices share in the browser. The build config lives in ./vite.ts, which the slices'
// vite.config.ts files import by path; the styles are `@tiffin/slice-kit/styles.css`.
export { BffError, createBffClient, type BffClient } from './bffClient';
export { useSlice, type SliceContextValue } from './sliceContext';
export { SliceProvider } from './SliceProvider';
export { useCart } from './useCart';
export { useIdParam } from './useIdParam';
export { shellRoutes } from './shellRoutes';
export { countOf, formatMoney } from '@tiffin/contracts';
export { formatDateTime, formatTime } from './formatDateTime';
export { classNames } from './classNames';
export { ProblemMessage } from './components/ProblemMessage';
export { customerMessage, describePriceChange } from './customerMessage';
export { NotFound } from './components/NotFound';
export { BackLink } from './components/BackLink';
export { LinkedRow } from './components/LinkedRow';
export { Badge } from './components/Badge';
export { StatusPanel } from './components/StatusPanel';
export { toneClass, type Tone } from './components/tone';
export { useLiveUpdates, type LiveChange, type LiveStream } from './useLiveUpdates';
export { useLiveRefetch } from './useLiveRefetch';
export { useReadAfterOpening } from './useReadAfterOpening';
