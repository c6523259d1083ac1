import { Permissions } from '@mpp/kit';

/**
 * Who may manage kiosks — the one place this rule is stated. Anything not listed is denied.
 *
 * | action        | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER | KIOSK |
 * |---------------|-----------|-------|--------|---------|---------|-------|
 * | kiosk.manage  | –         | all   | all    | –       | –       | –     |
 *
 * Managing is listing, registering, renaming and revoking kiosks and reading their history:
 * DPMPTSP runs the hall. No table is needed for the rest: anyone holding a device token may
 * trade it for a session (startKioskSession), and a kiosk reads itself (`currentKiosk`). A
 * kiosk manages nothing, not even itself: its row is here to say so.
 */
export type KioskAction = 'kiosk.manage';

export const kioskPolicy = new Permissions<KioskAction>(
  {
    ANONYMOUS: {},
    ADMIN: { 'kiosk.manage': 'all' },
    EDITOR: { 'kiosk.manage': 'all' },
    PARTNER: {},
    OFFICER: {},
    KIOSK: {},
  },
  { 'kiosk.manage': 'manage kiosks' },
);
