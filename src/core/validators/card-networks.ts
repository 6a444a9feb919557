// Issuer identification number (IIN) prefixes and PAN lengths per card network.
// A range [low, high] compares the leading digits, as many as `low` has.

type IinPrefix = string | readonly [number, number];

interface CardNetwork {
  name: string;
  prefixes: readonly IinPrefix[];
  lengths: readonly number[];
  /** Maestro's 5x/6x block overlaps most other networks, so it only names a card nothing else claims. */
  isFallback?: boolean;
}

function getLengthRange(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

const CARD_NETWORKS: readonly CardNetwork[] = [
  { name: 'Visa', prefixes: ['4'], lengths: [13, 16, 19] },
  { name: 'Mastercard', prefixes: [[51, 55], [2221, 2720]], lengths: [16] },
  { name: 'American Express', prefixes: ['34', '37'], lengths: [15] },
  { name: 'Discover', prefixes: ['6011', [644, 649], '65'], lengths: getLengthRange(16, 19) },
  { name: 'RuPay', prefixes: ['60', '65', '81', '82', '508', '353', '356'], lengths: [16] },
  { name: 'JCB', prefixes: [[3528, 3589]], lengths: getLengthRange(16, 19) },
  { name: 'Diners Club', prefixes: ['36', '38', [300, 305]], lengths: getLengthRange(14, 19) },
  { name: 'UnionPay', prefixes: ['62'], lengths: getLengthRange(16, 19) },
  { name: 'Maestro', prefixes: ['50', [56, 69]], lengths: getLengthRange(12, 19), isFallback: true },
];

/** Number of leading digits the prefix pins down, or 0 when it does not match. */
function getPrefixMatchWidth(digits: string, prefix: IinPrefix): number {
  if (typeof prefix === 'string') return digits.startsWith(prefix) ? prefix.length : 0;
  const [low, high] = prefix;
  const width = String(low).length;
  const leading = Number(digits.slice(0, width));
  return leading >= low && leading <= high ? width : 0;
}

/**
 * Names the network(s) that issue card numbers with this prefix and length, choosing the
 * most specific prefix (6011 beats 60) and joining equally specific ones ("Discover or RuPay").
 * Returns undefined when no network issues such a number.
 */
export function getCardNetworkName(digits: string): string | undefined {
  let bestWidth = 0;
  let best: string[] = [];
  let fallback: string | undefined;
  for (const network of CARD_NETWORKS) {
    if (!network.lengths.includes(digits.length)) continue;
    const width = Math.max(...network.prefixes.map((prefix) => getPrefixMatchWidth(digits, prefix)));
    if (width === 0) continue;
    if (network.isFallback) {
      fallback = network.name;
    } else if (width > bestWidth) {
      bestWidth = width;
      best = [network.name];
    } else if (width === bestWidth) {
      best.push(network.name);
    }
  }
  return best.length > 0 ? best.join(' or ') : fallback;
}
