import { Permissions } from '@mpp/kit';

/**
 * Who may do what with facilities — the one place these rules are stated. `own`: only
 * facilities the caller's own agency operates (`operatorAgencyId`). Anything not listed is
 * denied; a kiosk has what the ANONYMOUS row gives.
 *
 * | action                 | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |------------------------|-----------|-------|--------|---------|---------|
 * | facility.read          | all       | all   | all    | all     | all     |
 * | facility.readEditorial | –         | all   | all    | own     | –       |
 * | facility.manage        | –         | all   | all    | –       | –       |
 * | facility.setStatus     | –         | all   | all    | own     | –       |
 *
 * Read: everything public of a facility (its status, hours, open now, listings). Editorial: the
 * staff's view — whether its status is stale, and its history. Manage: create a facility, change
 * its name, kind, place, operator, features, photos and hours. Set status: OPERATIONAL,
 * OUT_OF_SERVICE or CLOSED with a note, directly (no review), audited.
 */
export type FacilityAction = 'facility.read' | 'facility.readEditorial' | 'facility.manage' | 'facility.setStatus';

const DPMPTSP = {
  'facility.read': 'all',
  'facility.readEditorial': 'all',
  'facility.manage': 'all',
  'facility.setStatus': 'all',
} as const;

export const facilityPolicy = new Permissions<FacilityAction>(
  {
    ANONYMOUS: { 'facility.read': 'all' },
    ADMIN: { ...DPMPTSP },
    EDITOR: { ...DPMPTSP },
    PARTNER: { 'facility.read': 'all', 'facility.readEditorial': 'own', 'facility.setStatus': 'own' },
    OFFICER: { 'facility.read': 'all' },
  },
  {
    'facility.read': 'read facilities',
    'facility.readEditorial': "read a facility's history and whether its status is stale",
    'facility.manage': 'create or change facilities',
    'facility.setStatus': "set this facility's status",
  },
);
