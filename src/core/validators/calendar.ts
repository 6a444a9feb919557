/** Read per call so a long-running process (watch mode, language server) does not go stale at New Year. */
export function getCurrentYear(): number {
  return new Date().getFullYear();
}

/** True when year-month-day names a day that exists in the proleptic Gregorian calendar (so 29 Feb only in leap years). */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one. UTC avoids DST shifts, and
  // setUTCFullYear (unlike Date.UTC) does not remap years 0-99 onto 1900-1999.
  const lastOfMonth = new Date(0);
  lastOfMonth.setUTCFullYear(year, month, 0);
  const daysInMonth = lastOfMonth.getUTCDate();
  return day <= daysInMonth;
}

/** True when the date is later than today in local time (a birth date cannot be). */
export function isAfterToday(year: number, month: number, day: number): boolean {
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()] as const;
  if (year !== today[0]) return year > today[0];
  if (month !== today[1]) return month > today[1];
  return day > today[2];
}
