import { ACTIONS, type Action } from '../../core/manifest/types';
import { plural } from '../markdown-text';
import { countSites, type Inventory, type InventorySite } from './build-inventory';

export const ACTION_PARTICIPLES: Readonly<Record<Action, string>> = { collect: 'collected', store: 'stored', log: 'logged', transmit: 'sent', expose: 'exposed' };

/** SPEC §6 exactly: `{"categories": [{"category", "actions": {"collect": [sites], …}}]}`, every action present. */
export function formatInventoryJson(inventory: Inventory): string {
  const categories = inventory.categories.map(({ category, actions }) => ({ category, actions }));
  return `${JSON.stringify({ categories }, null, 2)}\n`;
}

/** One block per category: each action with its sites, one per line, then a one-line total. */
export function formatInventoryText(inventory: Inventory, filesAnalysed: number): string {
  if (inventory.categories.length === 0) return `No personal data found; ${plural(filesAnalysed, 'file')} analysed.\n`;
  const actionWidth = Math.max(...ACTIONS.map((action) => action.length));
  const blocks = inventory.categories.map((category) => {
    const lines = [`${category.label} (${category.category})`];
    // Sinks line up in a column within each category.
    const placeWidth = Math.max(...ACTIONS.flatMap((action) => category.actions[action].map((site) => formatPlace(site).length)));
    for (const action of ACTIONS) {
      category.actions[action].forEach((site, index) => {
        const label = index === 0 ? action : '';
        const place = site.sink === null ? formatPlace(site) : `${formatPlace(site).padEnd(placeWidth)}  ${site.sink}`;
        lines.push(`  ${label.padEnd(actionWidth)}  ${place}`);
      });
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${getInventoryTotals(inventory, filesAnalysed)}\n`;
}

export function getInventoryTotals(inventory: Inventory, filesAnalysed: number): string {
  const counts = ACTIONS.map((action) => {
    const sites = inventory.categories.reduce((sum, category) => sum + category.actions[action].length, 0);
    return `${ACTION_PARTICIPLES[action]} at ${sites}`;
  });
  const sites = inventory.categories.reduce((sum, category) => sum + countSites(category), 0);
  const categories = inventory.categories.length;
  return `${categories} ${categories === 1 ? 'category' : 'categories'} at ${plural(sites, 'site')} (${counts.join(', ')}); ${plural(filesAnalysed, 'file')} analysed.`;
}

function formatPlace(site: InventorySite): string {
  return `${site.file}:${site.line}`;
}
