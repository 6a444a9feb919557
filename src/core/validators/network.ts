import { BlockList, isIP } from 'node:net';
import { accept, acceptPlaceholder, reject, type ValidationResult } from './result';

interface ReservedRange {
  label: string;
  network: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

// Ranges where an address says nothing about a person: private, loopback, link-local,
// unspecified/"this network", limited broadcast and the documentation blocks.
const RESERVED_RANGES: readonly ReservedRange[] = [
  { label: 'unspecified (0.0.0.0/8)', network: '0.0.0.0', prefix: 8, family: 'ipv4' },
  { label: 'private (RFC 1918 10/8)', network: '10.0.0.0', prefix: 8, family: 'ipv4' },
  { label: 'loopback (127/8)', network: '127.0.0.0', prefix: 8, family: 'ipv4' },
  { label: 'link-local (169.254/16)', network: '169.254.0.0', prefix: 16, family: 'ipv4' },
  { label: 'private (RFC 1918 172.16/12)', network: '172.16.0.0', prefix: 12, family: 'ipv4' },
  { label: 'documentation (192.0.2/24)', network: '192.0.2.0', prefix: 24, family: 'ipv4' },
  { label: 'private (RFC 1918 192.168/16)', network: '192.168.0.0', prefix: 16, family: 'ipv4' },
  { label: 'documentation (198.51.100/24)', network: '198.51.100.0', prefix: 24, family: 'ipv4' },
  { label: 'documentation (203.0.113/24)', network: '203.0.113.0', prefix: 24, family: 'ipv4' },
  { label: 'limited broadcast (255.255.255.255)', network: '255.255.255.255', prefix: 32, family: 'ipv4' },
  { label: 'unspecified (::)', network: '::', prefix: 128, family: 'ipv6' },
  { label: 'loopback (::1)', network: '::1', prefix: 128, family: 'ipv6' },
  { label: 'unique local (fc00::/7)', network: 'fc00::', prefix: 7, family: 'ipv6' },
  { label: 'link-local (fe80::/10)', network: 'fe80::', prefix: 10, family: 'ipv6' },
  { label: 'documentation (2001:db8::/32)', network: '2001:db8::', prefix: 32, family: 'ipv6' },
];

let reservedRangeLists: ReadonlyArray<{ label: string; list: BlockList }> | undefined;

// One BlockList per range so the reason can name the range that matched. BlockList also
// matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against the IPv4 ranges. Made on the first address
// seen: building them loads Node's blocklist module, which ESLint would otherwise pay for on start.
function getReservedRangeLists(): ReadonlyArray<{ label: string; list: BlockList }> {
  reservedRangeLists ??= RESERVED_RANGES.map((range) => {
    const list = new BlockList();
    list.addSubnet(range.network, range.prefix, range.family);
    return { label: range.label, list };
  });
  return reservedRangeLists;
}

const ADDRESS_CHARACTERS = /^[\da-f.:]+(?:%|$)/i;

/** IPv4 or IPv6 address as accepted by Node's `net.isIP`; reserved ranges are placeholders. */
export function validateIpAddress(value: string): ValidationResult {
  const address = value.trim();
  // Rejected explicitly (not only via isIP) because zero-padded quads are version or
  // build strings far more often than addresses, whatever a Node release accepts.
  if (/(?:^|\.)0[0-9]/.test(address) && !address.includes(':')) {
    return reject('dotted numbers with leading zeros are version-like strings, not an IPv4 address');
  }
  // An address is hex digits, dots and colons up to an IPv6 zone (`%eth0`): other strings (URLs,
  // words) need not go through isIP's long IPv6 pattern.
  const version = ADDRESS_CHARACTERS.test(address) ? isIP(address) : 0;
  if (version === 0) return reject('not an IPv4 or IPv6 address');
  const family = version === 4 ? 'ipv4' : 'ipv6';
  const reserved = getReservedRangeLists().find(({ list }) => list.check(address, family));
  if (reserved !== undefined) {
    return acceptPlaceholder(`IPv${version} address in the ${reserved.label} range, which identifies nobody`);
  }
  return accept(`public IPv${version} address`);
}
