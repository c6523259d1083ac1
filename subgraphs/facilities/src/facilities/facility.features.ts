import { badUserInput } from '@mpp/kit';
import { FacilityKind } from './facility.entity';

/*
 * What a facility offers, as short codes from a documented set per kind: screens translate and
 * show them (an icon for VISA, "Bisa setor tunai" for DEPOSIT), so they must mean the same
 * everywhere and never be free text. A kind without a set of its own (OTHER) takes codes of the
 * general shape. docs/api.md lists them; `facilityFeatureOptions(kind)` answers them.
 */

/** The features that make a place usable from a wheelchair, wherever they apply. */
const WHEELCHAIR_ACCESSIBLE = 'WHEELCHAIR_ACCESSIBLE';

export const FACILITY_FEATURES: Readonly<Record<FacilityKind, readonly string[] | null>> = {
  // What the machine does, the card networks it takes, and whether it can be reached from a wheelchair.
  [FacilityKind.ATM]: ['WITHDRAWAL', 'DEPOSIT', 'TRANSFER', 'BILL_PAYMENT', 'CARDLESS', 'GPN', 'VISA', 'MASTERCARD', 'CIRRUS', 'WHEELCHAIR_REACHABLE'],
  [FacilityKind.CAFETERIA]: ['HALAL', 'SEATING', 'TAKEAWAY', 'CASH', 'QRIS', 'DEBIT_CARD', WHEELCHAIR_ACCESSIBLE],
  // PHOTO_PRINT: pas foto printed on the spot (an SKCK asks for 4×6 photos); STAMPS: meterai.
  [FacilityKind.MINIMARKET]: ['CASH', 'QRIS', 'DEBIT_CARD', 'PHOTOCOPY', 'PRINTING', 'PHOTO_PRINT', 'STAMPS', WHEELCHAIR_ACCESSIBLE],
  [FacilityKind.SMOKING_AREA]: ['OUTDOOR', 'ROOFED', 'SEATING'],
  // WUDU_AREA: where to wash before prayer; PRAYER_GARMENTS: mukena and sarung to borrow.
  [FacilityKind.PRAYER_ROOM]: ['WUDU_AREA', 'PRAYER_GARMENTS', 'SEPARATE_AREAS', 'AIR_CONDITIONED', WHEELCHAIR_ACCESSIBLE],
  [FacilityKind.LACTATION_ROOM]: ['LOCKABLE_DOOR', 'SINK', 'REFRIGERATOR', 'CHANGING_TABLE', 'SEATING', 'AIR_CONDITIONED'],
  [FacilityKind.PARKING]: ['CAR', 'MOTORCYCLE', 'ACCESSIBLE_SPACES', 'ROOFED', 'FREE_OF_CHARGE'],
  [FacilityKind.TOILET]: ['MEN', 'WOMEN', WHEELCHAIR_ACCESSIBLE, 'GRAB_BARS', 'CHANGING_TABLE'],
  [FacilityKind.WAITING_AREA]: ['SEATING', 'PRIORITY_SEATING', 'QUEUE_DISPLAY', 'CHARGING', 'WIFI', 'AIR_CONDITIONED'],
  [FacilityKind.CHILDREN_AREA]: ['PLAY_AREA', 'BOOKS', 'CHANGING_TABLE'],
  [FacilityKind.ACCESSIBILITY]: ['RAMP', 'HANDRAILS', 'WHEELCHAIR_LOAN', 'GUIDING_BLOCKS', 'ELEVATOR', 'BRAILLE_SIGNS', 'PRIORITY_SERVICE'],
  [FacilityKind.OTHER]: null,
};

/** A code of the general shape: capitals, digits and underscores, starting with a letter. */
const FEATURE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
export const MAX_FEATURES = 20;

/** The features a kind takes; null: any code of the general shape. */
export function featureOptionsOf(kind: FacilityKind): readonly string[] | null {
  return FACILITY_FEATURES[kind];
}

/**
 * A facility's features as given: trimmed and written in capitals ("visa" is VISA), each from
 * its kind's set (or of the general shape for OTHER), none twice, at most MAX_FEATURES; in the
 * order given. BAD_USER_INPUT names the feature at fault (`features.2`).
 */
export function requireFeatures(kind: FacilityKind, features: readonly string[]): string[] {
  if (features.length > MAX_FEATURES) throw badUserInput('features', `features can have at most ${MAX_FEATURES} entries.`);
  const options = featureOptionsOf(kind);
  const seen = new Set<string>();
  return features.map((given, index) => {
    const field = `features.${index}`;
    const feature = given.trim().toUpperCase();
    if (options ? !options.includes(feature) : !FEATURE_CODE.test(feature)) {
      throw badUserInput(
        field,
        options
          ? `${field}: "${given}" is not a feature of a facility of kind ${kind}; use one of ${options.join(', ')}.`
          : `${field} must be a code of capitals, digits and underscores, e.g. "FREE_WIFI".`,
      );
    }
    if (seen.has(feature)) throw badUserInput(field, `${field}: ${feature} is given twice.`);
    seen.add(feature);
    return feature;
  });
}
