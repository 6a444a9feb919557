import { ACTIONS, type Action } from '../../core/manifest/types';
import { escapeCell } from '../markdown-text';
import { countSites, type Inventory, type InventoryCategory } from './build-inventory';
import { ACTION_PARTICIPLES, getInventoryTotals } from './format-inventory';

/**
 * The data map for a pull request or a wiki page: a Mermaid flowchart (user input → category →
 * sink, each edge named by its action), a table of counts, and every site under a fold.
 */
export function formatInventoryMarkdown(inventory: Inventory, filesAnalysed: number): string {
  const sections = ['### Personal data inventory', getInventoryTotals(inventory, filesAnalysed)];
  if (inventory.categories.length > 0) {
    sections.push(formatFlowchart(inventory), formatCountTable(inventory), ...inventory.categories.map(formatSiteList));
  }
  return `${sections.join('\n\n')}\n`;
}

/** Mermaid node ids are positional (c0, s0), so labels never need to be valid ids. */
function formatFlowchart(inventory: Inventory): string {
  const lines = ['```mermaid', 'flowchart LR'];
  const isCollected = inventory.categories.some((category) => category.actions.collect.length > 0);
  if (isCollected) lines.push(`  input(["${toLabel('user input')}"])`);
  inventory.categories.forEach((category, index) => lines.push(`  c${index}["${toLabel(category.label)}<br/>${toLabel(category.category)}"]`));

  // Sinks grouped by the action they perform, so the diagram reads category → action → sink.
  const sinkIds = new Map<string, string>();
  for (const action of ACTIONS) {
    if (action === 'collect') continue;
    const sinks = [...new Set(inventory.categories.flatMap((category) => category.actions[action].map((site) => site.sink ?? 'unnamed')))].sort();
    if (sinks.length === 0) continue;
    lines.push(`  subgraph ${action}["${ACTION_PARTICIPLES[action]}"]`);
    for (const sink of sinks) {
      const id = `s${sinkIds.size}`;
      sinkIds.set(`${action}\u0000${sink}`, id);
      lines.push(`    ${id}${getSinkShape(action, sink)}`);
    }
    lines.push('  end');
  }

  inventory.categories.forEach((category, index) => {
    if (category.actions.collect.length > 0) lines.push(`  input -->|${getEdgeLabel('collect', category.actions.collect.length)}| c${index}`);
    for (const action of ACTIONS) {
      if (action === 'collect') continue;
      const bySink = new Map<string, number>();
      for (const site of category.actions[action]) bySink.set(site.sink ?? 'unnamed', (bySink.get(site.sink ?? 'unnamed') ?? 0) + 1);
      for (const [sink, count] of bySink) lines.push(`  c${index} -->|${getEdgeLabel(action, count)}| ${sinkIds.get(`${action}\u0000${sink}`)}`);
    }
  });
  lines.push('```');
  return lines.join('\n');
}

/** Stores are drawn as cylinders, everything else as boxes. */
function getSinkShape(action: Action, sink: string): string {
  return action === 'store' ? `[("${toLabel(sink)}")]` : `["${toLabel(sink)}"]`;
}

function getEdgeLabel(action: Action, count: number): string {
  return `"${action}${count > 1 ? ` ×${count}` : ''}"`;
}

/** Mermaid labels in double quotes: entity codes for quotes and angle brackets. */
function toLabel(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

function formatCountTable(inventory: Inventory): string {
  const header = `| Category | ${ACTIONS.join(' | ')} |`;
  const rule = `| --- | ${ACTIONS.map(() => '---:').join(' | ')} |`;
  const rows = inventory.categories.map(
    (category) => `| ${escapeCell(category.label)} (\`${category.category}\`) | ${ACTIONS.map((action) => category.actions[action].length || '').join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

function formatSiteList(category: InventoryCategory): string {
  const items = ACTIONS.flatMap((action) =>
    category.actions[action].map((site) => `- ${action}: \`${site.file}:${site.line}\`${site.sink === null ? '' : ` (${site.sink})`}`),
  );
  const sites = countSites(category);
  return `<details><summary>${escapeCell(category.label)} (<code>${category.category}</code>): ${sites} site${sites === 1 ? '' : 's'}</summary>\n\n${items.join('\n')}\n\n</details>`;
}
