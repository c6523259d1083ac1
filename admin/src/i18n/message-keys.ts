/**
 * The dotted keys of a nested messages object, as react-admin's polyglot translator looks them
 * up (`{ ra: { action: { save } } }` gives `ra.action.save`): what the message spec compares
 * between languages and against react-admin's English tree.
 */
export function flattenKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? flattenKeys(value, path) : [path];
  });
}

/** The value at a dotted key of a nested messages object, or undefined when there is none. */
export function messageAt(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages);
}
