import { Permissions } from '@mpp/kit';

/**
 * Who may do what with the listings of a shop (the cafeteria's menu, the minimarket's items) —
 * the one place these rules are stated. `own`: only listings of facilities the caller's own
 * agency operates. Anything not listed is denied; a kiosk has what the ANONYMOUS row gives.
 *
 * | action                | ANONYMOUS | ADMIN | EDITOR | PARTNER | OFFICER |
 * |-----------------------|-----------|-------|--------|---------|---------|
 * | listing.read          | all       | all   | all    | all     | all     |
 * | listing.readEditorial | –         | all   | all    | own     | –       |
 * | listing.manage        | –         | all   | all    | own     | –       |
 *
 * Manage: add, change (name, category, price, available) and delete listings, directly (no
 * review), each change audited. Editorial: a listing's history.
 */
export type ListingAction = 'listing.read' | 'listing.readEditorial' | 'listing.manage';

export const listingPolicy = new Permissions<ListingAction>(
  {
    ANONYMOUS: { 'listing.read': 'all' },
    ADMIN: { 'listing.read': 'all', 'listing.readEditorial': 'all', 'listing.manage': 'all' },
    EDITOR: { 'listing.read': 'all', 'listing.readEditorial': 'all', 'listing.manage': 'all' },
    PARTNER: { 'listing.read': 'all', 'listing.readEditorial': 'own', 'listing.manage': 'own' },
    OFFICER: { 'listing.read': 'all' },
  },
  {
    'listing.read': 'read listings',
    'listing.readEditorial': "read a listing's history",
    'listing.manage': "change this facility's listings",
  },
);
