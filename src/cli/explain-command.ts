import { getBuiltinCatalogue } from '../core/catalogue/load-catalogue';
import type { Catalogue } from '../core/catalogue/types';
import { classifyName, classifyValue, type Classification } from '../core/classify';
import { resolveManifest } from '../core/manifest/load-manifest';
import { parseCommandArgs } from './parse-command-args';
import { UsageError } from './usage-error';

export const EXPLAIN_HELP = `Usage: minimise-scan explain NAME|VALUE... [options]

Says which data category a name or a literal value gets, and why.

An input that cannot be a name (rahul@gmail.com, "+91 98123 98123", 2341-2341-2346) is read as a
literal value, as no-hardcoded-pii reads string literals.

Options:
      --values           treat every input as a literal value (ACUPA7085R is otherwise a name)
      --context WORD     the enclosing object's name (e.g. customer in customer.name)
  -f, --format FORMAT    text (default) or json
  -m, --manifest FILE    also use this manifest's custom categories
  -h, --help             show this help

Examples:
  minimise-scan explain panNo customerName fileName
  minimise-scan explain name --context customer
  minimise-scan explain rahul@gmail.com "2341 2341 2346"
  minimise-scan explain --values ACUPA7085R
`;

/** An identifier, or a property path of them (`customer.name`, `first-name`): anything else is a value. */
const NAME_SHAPE = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*$/;

export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
}

/** `minimise-scan explain`: returns the exit code. */
export function runExplain(argv: readonly string[], io: CommandIo): number {
  const { values: options, positionals } = parseExplainArgs(argv);
  if (options.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('explain: give at least one NAME or VALUE (see minimise-scan explain --help)');
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`explain: unknown format "${format}"; expected text or json`);

  const catalogue = getCatalogue(io.cwd, options.manifest);
  const results = positionals.map((input) =>
    options.values || !NAME_SHAPE.test(input)
      ? classifyValue(input, catalogue, { context: options.context })
      : explainName(input, catalogue, options.context),
  );
  io.stdout(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : formatExplanations(results, catalogue, options.context));
  return 0;
}

function parseExplainArgs(argv: readonly string[]) {
  return parseCommandArgs(
    argv,
    {
      values: { type: 'boolean' },
      context: { type: 'string' },
      format: { type: 'string', short: 'f' },
      manifest: { type: 'string', short: 'm' },
      help: { type: 'boolean', short: 'h' },
    },
    (message) => `explain: ${message}`,
  );
}

/** `customer.name` reads as the name `name` inside `customer`, as the scanner sees a property access. */
function explainName(input: string, catalogue: Catalogue, context: string | undefined): Classification {
  const dot = input.lastIndexOf('.');
  if (context !== undefined || dot <= 0 || dot === input.length - 1) return classifyName(input, catalogue, { context });
  return { ...classifyName(input.slice(dot + 1), catalogue, { context: input.slice(0, dot) }), input };
}

function getCatalogue(cwd: string, manifest: string | undefined): Catalogue {
  const builtin = getBuiltinCatalogue();
  return resolveManifest(cwd, builtin, manifest).catalogue;
}

/** One paragraph per input: the verdict in a sentence, then its reasons. */
export function formatExplanations(results: readonly Classification[], catalogue: Catalogue, context?: string): string {
  return results
    .map((result) => {
      const subject = result.kind === 'name' && context !== undefined ? `${context}.${result.input}` : result.input;
      const category = result.category === null ? undefined : catalogue.categories.get(result.category);
      const verdict =
        category === undefined
          ? `${subject}: not personal data of any category`
          : `${subject}: ${category.label} (${category.id}), sensitivity ${category.sensitivity}`;
      return [verdict, ...result.reasons.map((reason) => `  - ${reason}`)].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
