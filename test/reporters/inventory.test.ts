import type { Finding } from '../../src/core/findings';
import { buildInventory } from '../../src/reporters/inventory/build-inventory';
import { formatInventoryJson, formatInventoryText } from '../../src/reporters/inventory/format-inventory';
import { formatInventoryMarkdown } from '../../src/reporters/inventory/inventory-markdown';
import { makeFinding } from '../scanner/support/sample-result';

const at = (file: string, line: number) => ({ file, line, column: 3, endLine: line, endColumn: 9 });

const FINDINGS: Finding[] = [
  makeFinding({ rule: 'no-undeclared-collection', level: 'warning', category: 'user.government_id.pan', categoryLabel: 'PAN', action: 'collect', location: at('src/kyc.ts', 4) }),
  makeFinding({ rule: 'no-restricted-data', level: 'error', category: 'user.government_id.aadhaar', categoryLabel: 'Aadhaar number', action: 'log', sink: 'winston', location: at('src/kyc.ts', 9) }),
  // The same flow as a no-undeclared-* finding: one site.
  makeFinding({ rule: 'no-undeclared-logging', level: 'error', category: 'user.government_id.aadhaar', categoryLabel: 'Aadhaar number', action: 'log', sink: 'winston', location: at('src/kyc.ts', 9) }),
  makeFinding({ rule: 'no-undeclared-storage', level: 'error', category: 'user.government_id.pan', categoryLabel: 'PAN', action: 'store', sink: 'prisma', location: at('src/db.ts', 2) }),
  makeFinding({ rule: 'no-undeclared-transmission', level: 'error', category: 'user.government_id.pan', categoryLabel: 'PAN', action: 'transmit', sink: 'segment', location: at('src/kyc.ts', 12) }),
  makeFinding({ rule: 'no-undeclared-transmission', level: 'error', category: 'user.government_id.pan', categoryLabel: 'PAN', action: 'transmit', sink: 'segment', location: at('src/kyc.ts', 20) }),
  // Not flows: no action.
  makeFinding({ rule: 'no-hardcoded-pii', level: 'warning', category: 'user.contact.email', location: at('src/seed.ts', 1) }),
];

describe('inventory', () => {
  const inventory = buildInventory(FINDINGS);

  it('prints SPEC §6 JSON exactly: categories sorted, every action, sites {file, line, sink}', () => {
    expect(JSON.parse(formatInventoryJson(inventory))).toEqual({
      categories: [
        {
          category: 'user.government_id.aadhaar',
          actions: { collect: [], store: [], log: [{ file: 'src/kyc.ts', line: 9, sink: 'winston' }], transmit: [], expose: [] },
        },
        {
          category: 'user.government_id.pan',
          actions: {
            collect: [{ file: 'src/kyc.ts', line: 4, sink: null }],
            store: [{ file: 'src/db.ts', line: 2, sink: 'prisma' }],
            log: [],
            transmit: [
              { file: 'src/kyc.ts', line: 12, sink: 'segment' },
              { file: 'src/kyc.ts', line: 20, sink: 'segment' },
            ],
            expose: [],
          },
        },
      ],
    });
  });

  it('prints text: one block per category, sites under each action, and totals', () => {
    expect(formatInventoryText(inventory, 5)).toBe(
      [
        'Aadhaar number (user.government_id.aadhaar)',
        '  log       src/kyc.ts:9  winston',
        '',
        'PAN (user.government_id.pan)',
        '  collect   src/kyc.ts:4',
        '  store     src/db.ts:2    prisma',
        '  transmit  src/kyc.ts:12  segment',
        '            src/kyc.ts:20  segment',
        '',
        '2 categories at 5 sites (collected at 1, stored at 1, logged at 1, sent at 2, exposed at 0); 5 files analysed.',
        '',
      ].join('\n'),
    );
    expect(formatInventoryText(buildInventory([]), 3)).toBe('No personal data found; 3 files analysed.\n');
  });

  it('prints Markdown with a Mermaid flowchart: user input → category → sink, edges named by action', () => {
    const markdown = formatInventoryMarkdown(inventory, 5);
    const chart = markdown.slice(markdown.indexOf('```mermaid'), markdown.indexOf('```\n') + 3);
    expect(chart).toBe(
      [
        '```mermaid',
        'flowchart LR',
        '  input(["user input"])',
        '  c0["Aadhaar number<br/>user.government_id.aadhaar"]',
        '  c1["PAN<br/>user.government_id.pan"]',
        '  subgraph store["stored"]',
        '    s0[("prisma")]',
        '  end',
        '  subgraph log["logged"]',
        '    s1["winston"]',
        '  end',
        '  subgraph transmit["sent"]',
        '    s2["segment"]',
        '  end',
        '  c0 -->|"log"| s1',
        '  input -->|"collect"| c1',
        '  c1 -->|"store"| s0',
        '  c1 -->|"transmit ×2"| s2',
        '```',
      ].join('\n'),
    );
    expect(markdown).toContain('| PAN (`user.government_id.pan`) | 1 | 1 |  | 2 |  |');
    expect(markdown).toContain('<details><summary>PAN (<code>user.government_id.pan</code>): 4 sites</summary>\n\n- collect: `src/kyc.ts:4`\n- store: `src/db.ts:2` (prisma)\n');
    expect(formatInventoryMarkdown(buildInventory([]), 1)).not.toContain('mermaid');
  });
});
