import { Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/slice-contract';
import { NotFound, SliceProvider } from '@tiffin/slice-kit';
import { OverviewPage } from './features/overview/components/OverviewPage';
// The kit's rules sit in a cascade layer, so this slice's own rules win where both apply.
import '@tiffin/slice-kit/styles.css';
import './ops.css';

/** The ops slice as the shell mounts it at its route. */
export default function OpsSlice(props: SliceProps) {
  return (
    <SliceProvider slice={props}>
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="*" element={<NotFound homeLinkText="Back to ops" />} />
      </Routes>
    </SliceProvider>
  );
}
