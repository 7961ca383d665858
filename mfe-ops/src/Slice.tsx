import { Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/slice-contract';
import { NotFound, SliceProvider } from '@tiffin/slice-kit';
import { OpsNav } from './components/OpsNav';
import { AuditPage } from './features/audit/components/AuditPage';
import { DeadLettersPage } from './features/dead-letters/components/DeadLettersPage';
import { OverviewPage } from './features/overview/components/OverviewPage';
import { SagaListPage } from './features/sagas/components/SagaListPage';
import { SagaPage } from './features/sagas/components/SagaPage';
import { TraceFinderPage } from './features/traces/components/TraceFinderPage';
import { TracePage } from './features/traces/components/TracePage';
// The kit's rules sit in a cascade layer, so this slice's own rules win where both apply.
import '@tiffin/slice-kit/styles.css';
import './ops.css';

/** The operations slice: what is up, the sagas and dead letters of the whole installation, the repairs and who made them. */
export default function OpsSlice(props: SliceProps) {
  return (
    <SliceProvider slice={props}>
      <OpsNav />
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="sagas" element={<SagaListPage />} />
        <Route path="sagas/:sagaId" element={<SagaPage />} />
        <Route path="dead-letters" element={<DeadLettersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="traces" element={<TraceFinderPage />} />
        <Route path="traces/:traceId" element={<TracePage />} />
        <Route path="*" element={<NotFound homeLinkText="Back to the overview" />} />
      </Routes>
    </SliceProvider>
  );
}
