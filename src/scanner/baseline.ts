import { readFileSync } from 'node:fs';
import { FINGERPRINT_KEY } from './fingerprints';
import { ScanError } from './scan-error';

/**
 * The fingerprints of every result in a SARIF log that minimise-scan wrote earlier (`--baseline`).
 * A log from another tool, or one without our fingerprints, would silently suppress nothing, so it
 * is a configuration error instead.
 */
export function readBaselineFingerprints(file: string, displayPath: string = file): Set<string> {
  const log = parseLog(file, displayPath);
  const fingerprints = new Set<string>();
  let results = 0;
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      results++;
      const fingerprint = result?.partialFingerprints?.[FINGERPRINT_KEY];
      if (typeof fingerprint === 'string') fingerprints.add(fingerprint);
    }
  }
  if (results > 0 && fingerprints.size === 0) {
    throw new ScanError(`--baseline ${displayPath}: its results carry no ${FINGERPRINT_KEY} fingerprint; write the baseline with minimise-scan --format sarif`);
  }
  return fingerprints;
}

interface BaselineLog {
  runs: Array<{ results?: Array<{ partialFingerprints?: Record<string, unknown> } | null> }>;
}

function parseLog(file: string, displayPath: string): BaselineLog {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScanError(`--baseline ${displayPath}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : 'cannot be read'}`);
  }
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch (error) {
    throw new ScanError(`--baseline ${displayPath}: not JSON (${(error as Error).message})`);
  }
  const runs = (log as { runs?: unknown } | null)?.runs;
  if (typeof log !== 'object' || log === null || !Array.isArray(runs) || !runs.every((run) => typeof run === 'object' && run !== null)) {
    throw new ScanError(`--baseline ${displayPath}: not a SARIF log (no "runs" array)`);
  }
  return log as BaselineLog;
}
