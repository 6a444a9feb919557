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
  { label: 'benchmarking (RFC 2544 198.18/15)', network: '198.18.0.0', prefix: 15, family: 'ipv4' },
  { label: 'documentation (198.51.100/24)', network: '198.51.100.0', prefix: 24, family: 'ipv4' },
  { label: 'documentation (203.0.113/24)', network: '203.0.113.0', prefix: 24, family: 'ipv4' },
  { label: 'multicast (224/4)', network: '224.0.0.0', prefix: 4, family: 'ipv4' },
  { label: 'reserved (240/4, with the limited broadcast)', network: '240.0.0.0', prefix: 4, family: 'ipv4' },
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

/** Public DNS resolvers: configuration that names a service, never a person's connection. */
const PUBLIC_RESOLVERS: ReadonlyMap<string, string> = new Map([
  ...['1.1.1.1', '1.0.0.1', '2606:4700:4700::1111', '2606:4700:4700::1001'].map((address): [string, string] => [address, 'Cloudflare']),
  ...['8.8.8.8', '8.8.4.4', '2001:4860:4860::8888', '2001:4860:4860::8844'].map((address): [string, string] => [address, 'Google']),
  ...['9.9.9.9', '149.112.112.112'].map((address): [string, string] => [address, 'Quad9']),
  ...['208.67.222.222', '208.67.220.220'].map((address): [string, string] => [address, 'OpenDNS']),
]);

/** `2.2.2.2`, `1.2.3.4`, `4.3.2.1`: quads that tests type in, not an address anyone was given. */
function isStandInQuad(address: string): boolean {
  const quads = address.split('.').map(Number);
  if (quads.length !== 4) return false;
  const step = quads[1]! - quads[0]!;
  return (step === 0 || step === 1 || step === -1) && quads.every((quad, i) => i === 0 || quad - quads[i - 1]! === step);
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
  const resolver = PUBLIC_RESOLVERS.get(address.toLowerCase());
  if (resolver !== undefined) return acceptPlaceholder(`${resolver}'s public DNS resolver, which names a service, not a person's connection`);
  if (version === 4 && isStandInQuad(address)) return acceptPlaceholder('four quads that repeat or count (1.2.3.4), a stand-in, not an address anyone was given');
  return accept(`public IPv${version} address`);
}
