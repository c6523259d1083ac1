import type { ServiceContent } from './service.record';

/*
 * What changed between two contents of a service, field by field, for people to read: the
 * public version against the pending edit, or what someone else saved against one's own input.
 * Lists are compared item by item in order (a longest common subsequence), so an item moved,
 * added or removed shows as such rather than every later line looking changed.
 */

/** One line of a list comparison. */
export type ItemChange =
  | { kind: 'same'; value: string }
  | { kind: 'added'; value: string }
  | { kind: 'removed'; value: string }
  | { kind: 'changed'; before: string; after: string };

export type FieldDifference =
  | { field: string; kind: 'text'; before: string; after: string }
  | { field: string; kind: 'list'; items: ItemChange[] };

/** How the comparison writes values people read: names for ids, Rupiah, yes/no. */
export interface ValueWriter {
  agency(id: string | null): string;
  category(id: string): string;
  rupiah(amount: number): string;
  yesNo(value: boolean): string;
  /** The text for an empty value. */
  empty: string;
}

/** The fields whose values differ, in the form's order; the fee is compared part by part. */
export function contentDifferences(before: ServiceContent, after: ServiceContent, write: ValueWriter): FieldDifference[] {
  const text = (value: string | null) => (value === null || value.trim() === '' ? write.empty : value);
  const requirement = (item: ServiceContent['requirements'][number]) => (item.note ? `${item.description} (${item.note})` : item.description);
  const tier = (item: ServiceContent['fee']['tiers'][number]) => `${item.label}: ${write.rupiah(item.amount)}`;
  const candidates: FieldDifference[] = [
    textField('name', before.name, after.name),
    textField('slug', before.slug, after.slug),
    textField('summary', text(before.summary), text(after.summary)),
    textField('categoryId', write.category(before.categoryId), write.category(after.categoryId)),
    textField('agencyId', write.agency(before.agencyId), write.agency(after.agencyId)),
    listField('requirements', before.requirements.map(requirement), after.requirements.map(requirement)),
    listField('procedure', before.procedure.map((step) => step.description), after.procedure.map((step) => step.description)),
    textField('processingTime', text(before.processingTime), text(after.processingTime)),
    textField('fee.isFree', write.yesNo(before.fee.isFree), write.yesNo(after.fee.isFree)),
    textField('fee.amount', write.rupiah(before.fee.amount), write.rupiah(after.fee.amount)),
    listField('fee.tiers', before.fee.tiers.map(tier), after.fee.tiers.map(tier)),
    textField('fee.note', text(before.fee.note), text(after.fee.note)),
    textField('product', text(before.product), text(after.product)),
    listField('legalBasis', before.legalBasis, after.legalBasis),
    listField('complaintChannels', before.complaintChannels, after.complaintChannels),
    textField('onlineUrl', text(before.onlineUrl), text(after.onlineUrl)),
    listField('keywords', before.keywords, after.keywords),
  ];
  return candidates.filter((difference) =>
    difference.kind === 'text' ? difference.before !== difference.after : difference.items.some((item) => item.kind !== 'same'),
  );
}

function textField(field: string, before: string, after: string): FieldDifference {
  return { field, kind: 'text', before, after };
}

function listField(field: string, before: string[], after: string[]): FieldDifference {
  return { field, kind: 'list', items: listChanges(before, after) };
}

/**
 * The lines of `after` against `before`: kept lines, and between them what was removed and
 * added; a removal and an addition at the same place read as one changed line.
 */
export function listChanges(before: string[], after: string[]): ItemChange[] {
  // lengths[i][j]: the longest common subsequence of before[i..] and after[j..].
  const lengths = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lengths[i][j] = before[i] === after[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const changes: ItemChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) changes.push({ kind: 'changed', before: removed[k], after: added[k] });
    for (const value of removed.slice(paired)) changes.push({ kind: 'removed', value });
    for (const value of added.slice(paired)) changes.push({ kind: 'added', value });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      flush();
      changes.push({ kind: 'same', value: before[i] });
      i++;
      j++;
    } else if (j < after.length && (i >= before.length || lengths[i][j + 1] >= lengths[i + 1][j])) {
      added.push(after[j]);
      j++;
    } else {
      removed.push(before[i]);
      i++;
    }
  }
  flush();
  return changes;
}
