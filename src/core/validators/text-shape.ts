/** True for "9999999999"-style strings: a keyboard-mash or filler value rather than an issued number. */
export function isAllSameChar(text: string): boolean {
  return text.length > 0 && [...text].every((char) => char === text[0]);
}

export function isPalindrome(text: string): boolean {
  return text === [...text].reverse().join('');
}
