import { forbidden, unauthenticated } from '../errors/errors';
import type { KioskRole, Role, Viewer } from './viewer';

/** How far a permission reaches: every agency's records, the caller's own agency's, or none. */
export type Reach = 'all' | 'own' | 'none';
export type Actor = 'ANONYMOUS' | Role | KioskRole;

type Row<Action extends string> = Partial<Record<Action, Reach>>;

/**
 * A subgraph's access rules, stated once: actor × action → reach. An action a row leaves out
 * is denied (deny by default). Managers ask it on every path that reaches a record.
 *
 * The KIOSK row is optional: a kiosk reaches an action as its KIOSK row says, else as the
 * ANONYMOUS row says (a kiosk reads what the public reads), else not at all. `own` never
 * reaches for a kiosk: it belongs to no agency.
 */
export type PermissionTable<Action extends string> = Record<'ANONYMOUS' | Role, Row<Action>> & { KIOSK?: Row<Action> };

/** Each action in the words a refusal uses: "change this service", "manage staff accounts". */
export type ActionPhrases<Action extends string> = Record<Action, string>;

/** Who a role is, in a refusal's words. */
const ROLE_NAMES: Record<Role, { all: string; own: string }> = {
  ADMIN: { all: 'DPMPTSP administrators', own: "the agency's own administrators" },
  EDITOR: { all: 'DPMPTSP editors', own: "the agency's own editors" },
  PARTNER: { all: 'partner staff', own: "the agency's own partner staff" },
  OFFICER: { all: 'counter officers', own: "the agency's own counter officers" },
};
const KIOSKS = 'kiosks';

export class Permissions<Action extends string> {
  constructor(
    readonly table: PermissionTable<Action>,
    private readonly phrases: ActionPhrases<Action>,
  ) {}

  reach(viewer: Viewer, action: Action): Reach {
    if (viewer.kind === 'kiosk') {
      const reach = this.table.KIOSK?.[action] ?? this.table.ANONYMOUS[action] ?? 'none';
      // No agency of its own: `own` would otherwise read as "no agency limit" (ownAgencyOnly).
      return reach === 'own' ? 'none' : reach;
    }
    // An account that must change its password acts with an anonymous caller's rights.
    const actor = viewer.kind === 'staff' && !viewer.mustChangePassword ? viewer.role : 'ANONYMOUS';
    return this.table[actor][action] ?? 'none';
  }

  /** May the viewer do `action` on a record of `agencyId` (null: a record of no agency)? */
  allows(viewer: Viewer, action: Action, agencyId: string | null): boolean {
    switch (this.reach(viewer, action)) {
      case 'all':
        return true;
      case 'own':
        return viewer.kind === 'staff' && viewer.agencyId !== null && viewer.agencyId === agencyId;
      case 'none':
        return false;
    }
  }

  /**
   * For staff-only fields: an anonymous caller gets UNAUTHENTICATED on the field; staff
   * without the right, and kiosks (signed in, but not staff), see null (false here), like a
   * record they may not see.
   */
  allowsStaffField(viewer: Viewer, action: Action, agencyId: string | null): boolean {
    if (viewer.kind === 'anonymous') throw unauthenticated('Sign in to see this field.');
    if (viewer.kind === 'staff' && viewer.mustChangePassword) throw forbidden('Change your password first.');
    return this.allows(viewer, action, agencyId);
  }

  /** The agency a viewer's `own` reach limits them to; null when it reaches all (or none). */
  ownAgencyOnly(viewer: Viewer, action: Action): string | null {
    return this.reach(viewer, action) === 'own' && viewer.kind === 'staff' ? viewer.agencyId : null;
  }

  /**
   * Throws UNAUTHENTICATED for an anonymous caller, FORBIDDEN for staff and kiosks (signed in,
   * but not allowed), unless allowed; the message says who may ("Only the agency's own partner
   * staff, DPMPTSP editors and DPMPTSP administrators may change this service.").
   */
  require(viewer: Viewer, action: Action, agencyId: string | null): void {
    if (this.allows(viewer, action, agencyId)) return;
    if (viewer.kind === 'staff' && viewer.mustChangePassword) throw forbidden('Change your password first.');
    if (viewer.kind === 'anonymous') throw unauthenticated(`Sign in to ${this.phrases[action]}.`);
    throw forbidden(this.whoMay(action));
  }

  /**
   * "Only … may <action>.", from the table: every role that reaches all records, or its own
   * agency's, and kiosks when their row reaches all.
   */
  whoMay(action: Action): string {
    const who: string[] = [];
    for (const role of ['PARTNER', 'OFFICER', 'EDITOR', 'ADMIN'] as const) {
      const reach: Reach | undefined = this.table[role][action];
      if (reach === 'all' || reach === 'own') who.push(ROLE_NAMES[role][reach]);
    }
    if (this.table.KIOSK?.[action] === 'all') who.push(KIOSKS);
    if (who.length === 0) return `Nobody may ${this.phrases[action]}.`;
    const list = who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} and ${who.at(-1)!}`;
    return `Only ${list} may ${this.phrases[action]}.`;
  }
}
