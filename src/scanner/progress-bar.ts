import type { ScanStage } from './scan';

const LABELS: Readonly<Record<ScanStage, string>> = { loading: 'parsing files', types: 'building types', analysing: 'analysing' };
const WIDTH = 24;
/** SPEC §6: a bar only for scans over a second, so quick scans keep a clean terminal. */
const DELAY_MS = 1000;

export interface ProgressBar {
  update(stage: ScanStage, done: number, total: number): void;
  /** Erases the bar, so the report starts on a clean line. */
  clear(): void;
}

/** A one-line bar redrawn in place on stderr; `write` must go to a TTY. */
export function createProgressBar(write: (text: string) => void, now: () => number = Date.now): ProgressBar {
  const started = now();
  let isShown = false;
  let lastDrawn = '';
  return {
    update(stage, done, total) {
      if (now() - started < DELAY_MS) return;
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      const count = stage === 'loading' ? ` ${done}/${total}` : '';
      const line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${LABELS[stage]}${count}`;
      if (line === lastDrawn) return;
      write(`\r\u001b[K${line}`);
      isShown = true;
      lastDrawn = line;
    },
    clear() {
      if (isShown) write('\r\u001b[K');
      isShown = false;
    },
  };
}
