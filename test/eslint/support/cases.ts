/** Small builders for rule test cases: code as lines, the two mask suggestions of the test manifest. */

export const lines = (...text: string[]): string => `${text.join('\n')}\n`;

/** The test manifest declares `transforms.mask: [maskAadhaar]` and `transforms.redact: [redact]`. */
export const MASKS = [
  { transform: 'maskAadhaar', kind: 'mask' },
  { transform: 'redact', kind: 'redact' },
] as const;

/**
 * The suggestions a log, transmit or expose finding gets: one per declared mask function, each
 * wrapping `expression` (written as `wrap(fn)` gives it) in the code.
 */
export function maskSuggestions(code: string, expression: string, wrap: (fn: string) => string = (fn) => `${fn}(${expression})`, at: string = expression) {
  const index = code.indexOf(at);
  if (index === -1) throw new Error(`"${at}" is not in the code`);
  const offset = index + at.indexOf(expression);
  return MASKS.map(({ transform, kind }) => ({
    messageId: 'wrapInTransform',
    data: { expression, transform, kind },
    output: code.slice(0, offset) + wrap(transform) + code.slice(offset + expression.length),
  }));
}
