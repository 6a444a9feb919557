import type { Notification } from '../core/findings';

/** By place, then text: notifications without a place (about the whole scan) come first. */
export function compareNotifications(a: Notification, b: Notification): number {
  const fileA = a.location?.file ?? '';
  const fileB = b.location?.file ?? '';
  return (
    compareText(fileA, fileB) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
