import { isIP } from 'node:net';

/** What a client whose address is missing or is no IP address counts as. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * A client's address as limits per client count it (sign-in failures, anonymous online tickets)
 * and as a session records it:
 *
 * - an IPv4 address as it is;
 * - an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, as a dual-stack socket names an IPv4
 *   client) as that IPv4 address, so that one client is one count however it arrived;
 * - an address of NAT64's well-known prefix (`64:ff9b::a.b.c.d`, RFC 6052) as the IPv4 address
 *   in its last 32 bits, and one of its local-use prefix (`64:ff9b:1::/48`, RFC 8215) likewise,
 *   where a /96 taken from it puts the address: behind an IPv6-only translator these name the
 *   IPv4 clients it translated, which as a /64 would all share one budget;
 * - any other IPv6 address as its /64 (`2001:db8:1:2::/64`): a subscriber is given a whole /64
 *   and picks addresses in it at will, so counting addresses one by one would count nothing;
 * - anything else as UNKNOWN_CLIENT.
 *
 * Written one way only (lower case, RFC 5952's shortest form), so that SQLite, which compares
 * text with case, and MySQL, which compares it without, count the same rows.
 */
export function normaliseClientAddress(address: string | null | undefined): string {
  if (!address) return UNKNOWN_CLIENT;
  switch (isIP(address)) {
    case 4:
      return address;
    case 6: {
      const groups = ipv6Groups(address);
      if (embedsIpv4(groups)) return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
      return `${formatIpv6([...groups.slice(0, 4), 0, 0, 0, 0])}/64`;
    }
    default:
      return UNKNOWN_CLIENT;
  }
}

/** The eight 16-bit groups of an address `isIP` has found to be IPv6. */
function ipv6Groups(address: string): number[] {
  // A zone (`fe80::1%eth0`) names the receiving interface, not the client.
  let text = address.split('%')[0];
  const tail: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    tail.push((a << 8) | b, (c << 8) | d);
    text = text.slice(0, dotted.index);
  }
  // Empty pieces come from the colon before a dotted tail, and from `::` at either end.
  const parse = (part: string) => part.split(':').filter((group) => group !== '').map((group) => parseInt(group, 16));
  const [before, after] = text.split('::');
  if (after === undefined) return [...parse(before), ...tail];
  const [head, rest] = [parse(before), [...parse(after), ...tail]];
  return [...head, ...Array.from({ length: 8 - head.length - rest.length }, () => 0), ...rest];
}

/** IPv4-mapped (`::ffff:0:0/96`), NAT64 well-known (`64:ff9b::/96`) or NAT64 local-use (`64:ff9b:1::/48`, RFC 8215). */
function embedsIpv4(groups: number[]): boolean {
  const ipv4Mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b;
  const nat64WellKnown = nat64 && groups.slice(2, 6).every((group) => group === 0);
  const nat64LocalUse = nat64 && groups[2] === 1;
  return ipv4Mapped || nat64WellKnown || nat64LocalUse;
}

/** RFC 5952: lower-case hex without leading zeros, the longest run of two or more zero groups (the first of equals) as `::`. */
function formatIpv6(groups: number[]): string {
  let longest = { start: -1, length: 1 };
  for (let start = 0; start < groups.length; start += 1) {
    let end = start;
    while (end < groups.length && groups[end] === 0) end += 1;
    if (end - start > longest.length) longest = { start, length: end - start };
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (longest.start < 0) return hex.join(':');
  return `${hex.slice(0, longest.start).join(':')}::${hex.slice(longest.start + longest.length).join(':')}`;
}
