import type { Finding } from '../core/findings';
import { ACTIONS, type Action } from '../core/manifest/types';

export interface DraftManifest {
  /** The YAML, with comments for the person who trims it. */
  text: string;
  purposes: number;
  categories: number;
  flows: number;
  /** Flows the law forbids whatever the manifest says (no-restricted-data). */
  restricted: number;
}

interface Flow {
  finding: Finding;
  /** The finding's file relative to the draft's folder base, split into segments. */
  segments: string[];
}

interface Group {
  name: string;
  /** The folder, relative to the manifest, that the purpose covers. */
  dir: string;
  /** True for the files directly in the base folder: `dir/*`, not `dir/**`. */
  isFilesOnly: boolean;
  flows: Finding[];
}

/** Purpose names the manifest schema accepts. */
const PURPOSE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const HEADER = [
  '# Draft purpose manifest, written by `minimise-scan init` from what the code does today.',
  '# It declares every flow of personal data found, one purpose per folder, so a scan with it reports',
  '# only what the law forbids whatever this file says (no-restricted-data) and hard-coded identifiers.',
  '# It is not a judgement that the code should do all this. Before you commit it:',
  '#   1. give each purpose its description and legal basis: why it needs the data;',
  '#   2. delete the categories and actions a purpose does not need, and split purposes that mix reasons;',
  '#   3. narrow stores and recipients; then fix the code that the next scan reports.',
  '# Reference: "The manifest" in the minimise-scan README; schema: schema/manifest.schema.json in the package.',
];

/** Commented out: a vault is a claim about how the code is secured, which only a person can make. */
const getFooter = (vaultGlobs: readonly string[]) => [
  '# vault:                      # where Aadhaar numbers and card numbers may be stored (Aadhaar Data Vault, token vault)',
  `#   paths: [${(vaultGlobs.length === 0 ? ['src/vault/**'] : vaultGlobs).map((glob) => JSON.stringify(glob)).join(', ')}]`,
  '# transforms:                 # your own functions that mask, hash or encrypt personal data',
  '#   mask: [maskAadhaar]',
  '#   hash: [hashPassword]',
  '# ignore: ["**/*.test.ts"]     # files that are not scanned',
];

/**
 * A minimise.yaml that allows exactly the flows among `findings` (from a scan without a manifest):
 * grouped by folder below the deepest folder all of them share (`src/kyc`, `src/support` rather
 * than one `src`), each purpose listing its categories, actions, stores and recipients.
 * `sinkKinds` maps a sink's catalogue id to its store kind (`prisma` → `postgres`).
 */
export function getDraftManifest(findings: readonly Finding[], sinkKinds: ReadonlyMap<string, string>): DraftManifest {
  const flows = getFlows(findings);
  const restricted = findings.filter((finding) => finding.rule === 'no-restricted-data');
  const groups = groupByFolder(flows);
  const lines = [...HEADER, 'version: 1'];
  if (groups.length === 0) {
    lines.push('purposes: {}   # no personal data found; declare purposes as the README shows when code starts to handle it');
  } else {
    lines.push('purposes:');
    for (const group of groups) lines.push(...formatPurpose(group, restricted, sinkKinds));
  }
  // Folders named like a vault are the likely answer to the Aadhaar Data Vault findings.
  lines.push(...getFooter(groups.filter((group) => !group.isFilesOnly && /vault/i.test(group.dir.slice(group.dir.lastIndexOf('/') + 1))).map((group) => `${group.dir}/**`)));
  return {
    text: `${lines.join('\n')}\n`,
    purposes: groups.length,
    categories: new Set(flows.map((flow) => flow.finding.category)).size,
    flows: flows.length,
    restricted: restricted.length,
  };
}

/** One per (category, action, site, sink): a forbidden flow is also a no-undeclared-* finding. */
function getFlows(findings: readonly Finding[]): Flow[] {
  const seen = new Set<string>();
  const flows: Flow[] = [];
  for (const finding of findings) {
    if (finding.action === undefined) continue;
    const { file, line, column } = finding.location;
    const key = [finding.category, finding.action, file, line, column, finding.sink ?? ''].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    flows.push({ finding, segments: file.split('/') });
  }
  return flows;
}

function groupByFolder(flows: readonly Flow[]): Group[] {
  if (flows.length === 0) return [];
  const base = getCommonFolder(flows.map((flow) => flow.segments.slice(0, -1)));
  const groups = new Map<string, Group>();
  for (const flow of flows) {
    const below = flow.segments.slice(base.length);
    const isFilesOnly = below.length === 1;
    const dir = isFilesOnly ? base.join('/') : [...base, below[0]].join('/');
    const key = `${isFilesOnly}\u0000${dir}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { name: '', dir, isFilesOnly, flows: [] };
      groups.set(key, group);
    }
    group.flows.push(flow.finding);
  }
  // Files all in one folder: the purpose covers the folder, so code added below it later is covered too.
  if (groups.size === 1) for (const group of groups.values()) group.isFilesOnly = false;
  const sorted = [...groups.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : Number(b.isFilesOnly) - Number(a.isFilesOnly)));
  const names = new Set<string>();
  for (const group of sorted) {
    const folder = group.dir === '' ? 'root' : group.dir.slice(group.dir.lastIndexOf('/') + 1);
    group.name = getUniqueName(toPurposeName(group.isFilesOnly && group.dir !== '' ? `${folder}-files` : folder), names);
  }
  return sorted;
}

function getCommonFolder(folders: readonly string[][]): string[] {
  const [first, ...rest] = folders;
  let length = first.length;
  for (const folder of rest) {
    let shared = 0;
    while (shared < Math.min(length, folder.length) && folder[shared] === first[shared]) shared++;
    length = shared;
  }
  return first.slice(0, length);
}

function toPurposeName(folder: string): string {
  const name = folder.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return PURPOSE_NAME.test(name) ? name : 'purpose';
}

function getUniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let suffix = 2; taken.has(unique); suffix++) unique = `${name}-${suffix}`;
  taken.add(unique);
  return unique;
}

function formatPurpose(group: Group, restricted: readonly Finding[], sinkKinds: ReadonlyMap<string, string>): string[] {
  const where = group.dir === '' ? 'the top folder' : group.dir;
  const glob = group.dir === '' ? (group.isFilesOnly ? '*' : '**') : `${group.dir}/${group.isFilesOnly ? '*' : '**'}`;
  const lines = [
    `  ${group.name}:`,
    `    description: ${JSON.stringify(`What the code in ${where} does with personal data today (draft: say why it needs it)`)}`,
    '    # basis: contract          # consent | contract | legal_obligation | legitimate_use | ...',
    '    data:',
  ];
  const categories = [...new Set(group.flows.map((flow) => flow.category))].sort();
  const width = Math.max(...categories.map((category) => category.length));
  for (const category of categories) {
    const actions = sortActions(group.flows.filter((flow) => flow.category === category).map((flow) => flow.action as Action));
    const forbidden = sortActions(
      restricted
        .filter((finding) => finding.category === category && group.flows.some((flow) => flow.location.file === finding.location.file))
        .map((finding) => finding.action as Action),
    );
    const note = forbidden.length === 0 ? '' : `; the law forbids the ${forbidden.join(', ')} here (no-restricted-data)`;
    lines.push(`      - ${category.padEnd(width)}   # ${actions.join(', ')}${note}`);
  }
  const actions = sortActions(group.flows.map((flow) => flow.action as Action));
  lines.push(`    actions: [${actions.join(', ')}]`, `    paths: [${JSON.stringify(glob)}]`);
  lines.push(...formatTargets(group.flows, 'store', 'stores', (sink) => sinkKinds.get(sink) ?? sink, 'store kinds or ids found (postgres, s3, localStorage…)'));
  lines.push(...formatTargets(group.flows, 'transmit', 'recipients', (sink) => sink, 'SDKs and HTTP clients found; hosts (api.example.com) are narrower'));
  lines.push('    # retention: P1Y            # how long the data is kept (ISO 8601 duration)');
  return lines;
}

/**
 * `stores` or `recipients` from the sinks of the group's flows. A flow without a named sink would
 * match no entry, so then the list is left out (any store or recipient) and a comment says why.
 */
function formatTargets(flows: readonly Finding[], action: Action, key: string, getId: (sink: string) => string, comment: string): string[] {
  const ofAction = flows.filter((flow) => flow.action === action);
  if (ofAction.length === 0) return [];
  if (ofAction.some((flow) => flow.sink === undefined)) return [`    # ${key}: any: some ${action} sites have no catalogued sink to name`];
  const ids = [...new Set(ofAction.map((flow) => getId(flow.sink as string)))].sort();
  return [`    ${key}: [${ids.map(toYamlScalar).join(', ')}]   # ${comment}`];
}

/** Catalogue ids are plain words; anything else is quoted so the YAML means what it says. */
function toYamlScalar(text: string): string {
  return /^[A-Za-z][A-Za-z0-9_.-]*$/.test(text) ? text : JSON.stringify(text);
}

function sortActions(actions: readonly Action[]): Action[] {
  return ACTIONS.filter((action) => actions.includes(action));
}
