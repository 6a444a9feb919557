/** True for "9999999999"-style strings: a keyboard-mash or filler value rather than an issued number. */
export function isAllSameChar(text: string): boolean {
  return text.length > 0 && [...text].every((char) => char === text[0]);
}

export function isPalindrome(text: string): boolean {
  return text === [...text].reverse().join('');
}

/**
 * True when `length` digits in a row each count one up or one down from the last, 9 wrapping to 0
 * ("9876543210", "98765 432 16" as digits, "6789012345"): the stand-in people type into forms and
 * seed data. Eight such digits turn up in a random ten-digit number about once in 1.7 million.
 */
function hasCountingRun(digits: string, length: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < digits.length; i++) {
    const step = (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10;
    up = step === 1 ? up + 1 : 1;
    down = step === 9 ? down + 1 : 1;
    if (up >= length || down >= length) return true;
  }
  return false;
}

/**
 * How a number's digits are a stand-in rather than an issued number, if they are: the last eight
 * all one digit (a country code or trunk prefix may differ), or eight counting in a row.
 */
export function getFillerDigits(digits: string): 'repeated' | 'counting' | undefined {
  if (isAllSameChar(digits.slice(-8))) return 'repeated';
  if (hasCountingRun(digits, 8)) return 'counting';
  return undefined;
}
