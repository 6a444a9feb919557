import { distance } from 'fastest-levenshtein';

/** The closest candidate within a third of the input's length, for "did you mean" hints. */
export function getClosest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(input.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function getDidYouMean(input: string, candidates: Iterable<string>): string {
  const closest = getClosest(input, candidates);
  return closest === undefined ? '' : `; did you mean "${closest}"?`;
}
