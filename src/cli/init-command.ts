import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { getBuiltinCatalogue } from '../core/catalogue/load-catalogue';
import { getFlowCatalogue } from '../core/catalogue/flow-catalogue';
import { MANIFEST_NAMES } from '../core/manifest/load-manifest';
import { parseManifest } from '../core/manifest/parse-manifest';
import { getDraftManifest } from '../reporters/draft-manifest';
import { parseCommandArgs, PROJECT_OPTIONS } from './parse-command-args';
import { getDisplayPathFn, getProjectScanOptions, runScanner, writeReport, type ScanIo } from './run-scanner';
import { UsageError } from './usage-error';

export const INIT_HELP = `Usage: minimise-scan init [PATH] [options]

Writes PATH/minimise.yaml (PATH defaults to "."): a draft purpose manifest that declares what the
code under PATH does with personal data today, one purpose per folder, with comments for you to
trim it to what each purpose needs. Any manifest above PATH is not used for the draft.

Options:
      --force            overwrite an existing minimise.yaml (or minimise.yml)
  -p, --project FILE     tsconfig.json to use, for its settings and only its files (default:
                         the nearest one above PATH, and every source file under PATH)
      --no-types         syntax only: faster, without the type checker
      --include GLOB     analyse only files matching GLOB (relative to PATH); repeatable
      --exclude GLOB     skip files matching GLOB; repeatable
      --no-progress      no progress bar on stderr
  -h, --help             show this help

Examples:
  minimise-scan init                    draft ./minimise.yaml, then review it
  minimise-scan init services/kyc --exclude "**/*.test.ts"
`;

/** `minimise-scan init`: returns the exit code. */
/** init writes the manifest, so it takes none. */
const { manifest: _manifest, ...INIT_PROJECT_OPTIONS } = PROJECT_OPTIONS;

export function runInit(argv: readonly string[], io: ScanIo): number {
  const { values: options, positionals } = parseCommandArgs(
    argv,
    {
      ...INIT_PROJECT_OPTIONS,
      force: { type: 'boolean' },
    },
    (message) => `init: ${message} (see minimise-scan init --help)`,
  );
  if (options.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('init: give at most one PATH (see minimise-scan init --help)');
  const getDisplayPath = getDisplayPathFn(io.cwd);
  const dir = getDirectory(positionals[0] ?? '.', io.cwd);
  const target = getTarget(dir, options.force ?? false, getDisplayPath);

  const { result } = runScanner(
    {
      paths: [dir],
      ...getProjectScanOptions(options, io.cwd),
      getDisplayPath,
      purposes: 'none',
    },
    io,
    !options['no-progress'],
  );
  const draft = getDraftManifest(result.findings, getSinkKinds());
  // The draft must load as it is: a manifest that init writes and the scanner rejects would be a bug here.
  parseManifest(draft.text, getDisplayPath(target), dir, getBuiltinCatalogue());
  writeReport(getDisplayPath(target), draft.text, io.cwd);

  for (const notification of result.notifications) {
    const where = notification.location === undefined ? '' : `${notification.location.file}:${notification.location.line}: `;
    io.stderr(`minimise-scan: ${notification.level}: ${where}${notification.message}\n`);
  }
  io.stdout(formatOutcome(getDisplayPath(target), draft));
  return 0;
}

function getDirectory(path: string, cwd: string): string {
  const dir = resolve(cwd, path);
  if (!existsSync(dir)) throw new UsageError(`init: no such directory: ${path}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`init: ${path} is not a directory; init writes minimise.yaml into a directory`);
  return dir;
}

/** minimise.yaml, or the existing minimise.yml with --force; never a manifest that exists without --force. */
function getTarget(dir: string, isForced: boolean, getDisplayPath: (file: string) => string): string {
  const existing = MANIFEST_NAMES.map((name) => join(dir, name)).find((file) => existsSync(file));
  if (existing === undefined) return join(dir, 'minimise.yaml');
  if (!isForced) throw new UsageError(`init: ${getDisplayPath(existing)} already exists; use --force to overwrite it`);
  if (basename(existing) === 'minimise.json') throw new UsageError(`init: ${getDisplayPath(existing)} exists and init writes YAML; remove it first`);
  return existing;
}

/** Store kinds by sink id, so the draft's `stores` reads `postgres` rather than `prisma`. */
function getSinkKinds(): Map<string, string> {
  const flows = getFlowCatalogue();
  return new Map([...flows.sinks, ...flows.storageSchemas].map((sink) => [sink.id, sink.kind]));
}

function formatOutcome(file: string, draft: ReturnType<typeof getDraftManifest>): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const lines = [
    `Wrote ${file}: ${plural(draft.purposes, 'purpose', 'purposes')} declaring ${plural(draft.categories, 'category', 'categories')} ` +
      `from ${plural(draft.flows, 'flow', 'flows')} of personal data the code has today.`,
    'Review it before you commit it: say why each purpose needs its data, and delete what it should not do.',
  ];
  if (draft.restricted > 0) {
    lines.push(`${plural(draft.restricted, 'flow breaks', 'flows break')} the law whatever the manifest says; run minimise-scan to see them (no-restricted-data).`);
  }
  return `${lines.join('\n')}\n`;
}
