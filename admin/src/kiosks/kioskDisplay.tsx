import { useRecordContext, useTranslate } from 'react-admin';
import type { KioskRecord } from './kiosks.data';

/** A kiosk's audit actions in words: the shared ones, and its revocation. */
export function useKioskActionLabel(): (action: string) => string {
  const translate = useTranslate();
  return (action) => (action === 'REVOKE' ? translate('mpp.kiosks.revokedAction') : translate(`mpp.history.actions.${action}`, { _: action }));
}

/** How a kiosk's recorded values read in its history: its state in words. */
export function useKioskValueText(): (field: string, value: unknown) => string | null {
  const translate = useTranslate();
  return (field, value) => (field === 'active' && typeof value === 'boolean' ? translate(value ? 'mpp.kiosks.active' : 'mpp.kiosks.revoked') : null);
}

/** The page title of a kiosk: its name (which usually begins with "Kiosk" already). */
export function KioskTitle() {
  const kiosk = useRecordContext<KioskRecord>();
  return <>{kiosk?.name ?? ''}</>;
}
