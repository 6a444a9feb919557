import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { buildInventory } from '../reporters/inventory/build-inventory';
import { formatInventoryJson, formatInventoryText } from '../reporters/inventory/format-inventory';
import { formatInventoryMarkdown } from '../reporters/inventory/inventory-markdown';
import { parseCommandArgs, PROJECT_OPTIONS } from './parse-command-args';
import { getDisplayPathFn, getProjectScanOptions, runScanner, writeReport, type ScanIo } from './run-scanner';
import { UsageError } from './usage-error';

export const INVENTORY_HELP = `Usage: minimise-scan inventory [PATH...] [options]

The data map: every category of personal data the code handles, and each place where it is
collected, stored, logged, sent and exposed, whether the manifest allows it or not.

Options:
  -f, --format FORMAT    text (default), json or markdown (with a Mermaid diagram); with
                         --output, from its extension: .json, .md
  -o, --output FILE      write the inventory to FILE (atomically) instead of stdout
  -m, --manifest FILE    the purpose manifest, for its ignore, transforms and custom categories
                         (default: minimise.yaml found from PATH upwards)
  -p, --project FILE     tsconfig.json to use, for its settings and only its files (default:
                         the nearest one above PATH, and every source file under PATH)
      --no-types         syntax only: faster, without the type checker
      --include GLOB     analyse only files matching GLOB; repeatable
      --exclude GLOB     skip files matching GLOB; repeatable
      --quiet            no tool warnings on stderr
      --no-progress      no progress bar on stderr
  -h, --help             show this help

JSON: {"categories": [{"category": "user.contact.email", "actions": {"collect": [site...],
"store": [...], "log": [...], "transmit": [...], "expose": [...]}}]}, where a site is
{"file", "line", "sink"} and sink is null for collection.

Examples:
  minimise-scan inventory
  minimise-scan inventory -f markdown -o docs/data-map.md
  minimise-scan inventory src -f json | jq '.categories[].category'
`;

const FORMATS = ['text', 'json', 'markdown'] as const;
type InventoryFormat = (typeof FORMATS)[number];

/** `minimise-scan inventory`: returns the exit code (0, or 2 for a usage or configuration error). */
export function runInventory(argv: readonly string[], io: ScanIo): number {
  const { values: options, positionals } = parseCommandArgs(
    argv,
    {
      ...PROJECT_OPTIONS,
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean' },
    },
    (message) => `inventory: ${message} (see minimise-scan inventory --help)`,
  );
  if (options.help) {
    io.stdout(INVENTORY_HELP);
    return 0;
  }
  const format = getFormat(options.format, options.output);
  const getDisplayPath = getDisplayPathFn(io.cwd);
  const paths = (positionals.length === 0 ? ['.'] : positionals).map((path) => {
    const absolute = resolve(io.cwd, path);
    if (!existsSync(absolute)) throw new UsageError(`inventory: no such file or directory: ${path}`);
    return absolute;
  });

  // Without purposes every flow is a finding, so the map shows what the code does, allowed or not.
  const { result } = runScanner(
    {
      paths,
      ...getProjectScanOptions(options, io.cwd),
      getDisplayPath,
      purposes: 'all',
    },
    io,
    !options['no-progress'] && !options.quiet,
  );
  const inventory = buildInventory(result.findings);
  const text =
    format === 'json'
      ? formatInventoryJson(inventory)
      : format === 'markdown'
        ? formatInventoryMarkdown(inventory, result.stats.files)
        : formatInventoryText(inventory, result.stats.files);
  if (options.output === undefined) io.stdout(text);
  else writeReport(options.output, text, io.cwd);

  if (!options.quiet) {
    // On stderr, so the JSON on stdout stays exactly SPEC §6's shape; a file that does not parse leaves a gap in the map.
    for (const notification of result.notifications) {
      const where = notification.location === undefined ? '' : `${notification.location.file}:${notification.location.line}:${notification.location.column}: `;
      io.stderr(`minimise-scan: ${notification.level}: ${where}${notification.message}\n`);
    }
  }
  return 0;
}

function getFormat(format: string | undefined, output: string | undefined): InventoryFormat {
  if (format === undefined) {
    const extension = output === undefined ? '' : extname(output).toLowerCase();
    return extension === '.json' ? 'json' : extension === '.md' || extension === '.markdown' ? 'markdown' : 'text';
  }
  if ((FORMATS as readonly string[]).includes(format)) return format as InventoryFormat;
  throw new UsageError(`inventory: unknown --format "${format}"; expected text, json or markdown`);
}
