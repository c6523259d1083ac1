import { Permissions } from './permissions';
import { ANONYMOUS, type Viewer } from './viewer';

type Action = 'read' | 'issueTicket' | 'editOwn' | 'manage';

/** A table as a feature states one: a KIOSK row of its own for tickets, and none for the rest. */
const policy = new Permissions<Action>(
  {
    ANONYMOUS: { read: 'all' },
    ADMIN: { read: 'all', manage: 'all' },
    EDITOR: { read: 'all', manage: 'all' },
    PARTNER: { read: 'all', editOwn: 'own' },
    OFFICER: { read: 'all', issueTicket: 'own' },
    KIOSK: { issueTicket: 'all', editOwn: 'own' },
  },
  { read: 'read this', issueTicket: 'issue a ticket', editOwn: 'change this', manage: 'manage this' },
);
/** A table written before kiosks: no KIOSK row at all. */
const older = new Permissions<'read' | 'manage'>(
  { ANONYMOUS: { read: 'all' }, ADMIN: { read: 'all', manage: 'all' }, EDITOR: { read: 'all' }, PARTNER: {}, OFFICER: {} },
  { read: 'read this', manage: 'manage this' },
);

const kiosk: Viewer = { kind: 'kiosk', kioskId: 'k-1', sessionId: 's-1' };
const partner: Viewer = { kind: 'staff', userId: 'u-1', role: 'PARTNER', agencyId: 'a-1' };

describe('permission tables and kiosks', () => {
  it('gives a kiosk its KIOSK row, else what the public may, else nothing', () => {
    expect(policy.reach(kiosk, 'issueTicket')).toBe('all');
    expect(policy.reach(kiosk, 'read')).toBe('all');
    expect(policy.reach(kiosk, 'manage')).toBe('none');
    expect(older.reach(kiosk, 'read')).toBe('all');
    expect(older.reach(kiosk, 'manage')).toBe('none');
    // The KIOSK row is the kiosk's alone: nobody else gains from it.
    expect(policy.reach(ANONYMOUS, 'issueTicket')).toBe('none');
    expect(policy.reach({ ...partner, role: 'ADMIN', agencyId: null }, 'issueTicket')).toBe('none');
  });

  it('never lets `own` reach for a kiosk, which belongs to no agency', () => {
    expect(policy.reach(kiosk, 'editOwn')).toBe('none');
    expect(policy.allows(kiosk, 'editOwn', null)).toBe(false);
    expect(policy.ownAgencyOnly(kiosk, 'editOwn')).toBeNull();
    expect(policy.allows(partner, 'editOwn', 'a-1')).toBe(true);
  });

  it('refuses a kiosk as signed in (FORBIDDEN, saying who may), an anonymous caller as not', () => {
    expect(() => policy.require(kiosk, 'issueTicket', 'any-agency')).not.toThrow();
    expect(() => policy.require(kiosk, 'manage', null)).toThrow(
      expect.objectContaining({ message: 'Only DPMPTSP editors and DPMPTSP administrators may manage this.', extensions: { code: 'FORBIDDEN' } }),
    );
    expect(() => policy.require(ANONYMOUS, 'issueTicket', null)).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
    expect(() => policy.require(partner, 'issueTicket', 'a-1')).toThrow(
      expect.objectContaining({ message: "Only the agency's own counter officers and kiosks may issue a ticket.", extensions: { code: 'FORBIDDEN' } }),
    );
  });

  it('shows a kiosk no staff-only field, without an error', () => {
    expect(policy.allowsStaffField(kiosk, 'manage', null)).toBe(false);
    expect(() => policy.allowsStaffField(ANONYMOUS, 'manage', null)).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
  });
});
