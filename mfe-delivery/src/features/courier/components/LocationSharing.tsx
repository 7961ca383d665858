import type { Delivery } from '@tiffin/contracts';
import { useLocationSharing } from '../location/useLocationSharing';

const sourceText = {
  simulated: 'a simulated ride (the demo)',
  device: 'this device’s location',
} as const;

/** While a courier carries a delivery out, the customer follows them on the map: from what, and a switch. */
export function LocationSharing({ delivery }: { delivery: Delivery }) {
  const sharing = useLocationSharing(delivery);
  const other = sharing.source === 'simulated' ? 'device' : 'simulated';
  return (
    <div className="dlv-location-sharing">
      <p className="tk-muted">The customer follows you on the map, from {sourceText[sharing.source]}.</p>
      {sharing.problem && <p className="dlv-location-problem">{sharing.problem}</p>}
      {(other === 'simulated' || sharing.deviceAvailable) && (
        <button type="button" className="tk-button tk-button-secondary" onClick={() => sharing.use(other)}>
          {other === 'device' ? 'Use this device’s location' : 'Use the simulated ride'}
        </button>
      )}
    </div>
  );
}
