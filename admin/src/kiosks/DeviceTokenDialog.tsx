import { ShownOnceDialog } from '../layout/ShownOnceDialog';
import type { RegisteredKioskRecord } from './kiosks.data';

/** The device token of a kiosk just registered, shown this once: the API keeps only its hash. */
export function DeviceTokenDialog({ kiosk, onClose }: { kiosk: RegisteredKioskRecord; onClose: () => void }) {
  return <ShownOnceDialog value={kiosk.deviceToken} long texts={{ keys: 'mpp.kiosks.deviceToken', introValues: { name: kiosk.name } }} onClose={onClose} />;
}
