import { forbidden, Permissions, type Viewer } from '@mpp/kit';
import type { Counter } from './counter.entity';
import { signedInOfficer } from './counter.states';

/**
 * Who may do what with counters (loket) — the one place these rules are stated. `own`: only
 * counters of the caller's own agency. Anything not listed is denied; a kiosk has what the
 * ANONYMOUS row gives.
 *
 * | action               | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |----------------------|-----------|-------|--------|---------|---------|
 * | counter.read         | all       | all   | all    | all     | all     |
 * | counter.readOfficer  | –         | all   | all    | own     | own     |
 * | counter.manage       | –         | all   | all    | own     | –       |
 * | counter.signIn       | –         | all   | all    | –       | own     |
 * | counter.operate      | –         | all   | all    | –       | own*    |
 *
 * Counters are public (the board shows them); who sits at one is for staff. Manage: create a
 * counter, change its name, booth and services. Operate: call, recall, serve, finish, mark a
 * no-show, transfer, pause, resume, sign out. *An officer operates only the counter they are
 * signed in to (one at a time); DPMPTSP editors and administrators may act on any counter.
 */
export type CounterAction = 'counter.read' | 'counter.readOfficer' | 'counter.manage' | 'counter.signIn' | 'counter.operate';

const DPMPTSP = {
  'counter.read': 'all',
  'counter.readOfficer': 'all',
  'counter.manage': 'all',
  'counter.signIn': 'all',
  'counter.operate': 'all',
} as const;

export const counterPolicy = new Permissions<CounterAction>(
  {
    ANONYMOUS: { 'counter.read': 'all' },
    ADMIN: { ...DPMPTSP },
    EDITOR: { ...DPMPTSP },
    PARTNER: { 'counter.read': 'all', 'counter.readOfficer': 'own', 'counter.manage': 'own' },
    OFFICER: { 'counter.read': 'all', 'counter.readOfficer': 'own', 'counter.signIn': 'own', 'counter.operate': 'own' },
  },
  {
    'counter.read': 'read counters',
    'counter.readOfficer': 'see who is signed in to this counter',
    'counter.manage': 'set up counters for this agency',
    'counter.signIn': 'sign in to this counter',
    'counter.operate': 'work this counter',
  },
);

/**
 * Throws unless the viewer may work this counter now: the table's `counter.operate`, and for
 * those whose reach is their own agency's (officers), being the one signed in to it today.
 */
export function requireCounterOperator(viewer: Viewer, counter: Counter, today: string): void {
  counterPolicy.require(viewer, 'counter.operate', counter.agencyId);
  if (counterPolicy.reach(viewer, 'counter.operate') === 'all') return;
  if (viewer.kind !== 'staff' || signedInOfficer(counter, today) !== viewer.userId) {
    throw forbidden(`Sign in to ${counter.name} first: only the officer signed in to a counter works it.`);
  }
}
