import { compareFindings, type Finding } from '../../core/findings';
import { ACTIONS, type Action } from '../../core/manifest/types';

/** SPEC §6: one place where the code does something with a category. */
export interface InventorySite {
  file: string;
  line: number;
  /** The sink's catalogue id (`winston`, `prisma`); null where data is collected, which has no sink. */
  sink: string | null;
}

export interface InventoryCategory {
  category: string;
  label: string;
  actions: Record<Action, InventorySite[]>;
}

/** The data map: every category the code handles and every site per action, sorted by category id. */
export interface Inventory {
  categories: InventoryCategory[];
}

/**
 * Built from a scan without purposes (so every flow is a finding): each finding with an action is
 * a site. A flow the law forbids appears twice among findings (no-restricted-data and
 * no-undeclared-*), and a line can hold two calls of one sink; each is one site here.
 */
export function buildInventory(findings: readonly Finding[]): Inventory {
  const categories = new Map<string, { label: string; sites: Map<Action, Map<string, InventorySite>> }>();
  for (const finding of [...findings].sort(compareFindings)) {
    if (finding.action === undefined) continue;
    let entry = categories.get(finding.category);
    if (entry === undefined) {
      entry = { label: finding.categoryLabel, sites: new Map() };
      categories.set(finding.category, entry);
    }
    let sites = entry.sites.get(finding.action);
    if (sites === undefined) {
      sites = new Map();
      entry.sites.set(finding.action, sites);
    }
    const site: InventorySite = { file: finding.location.file, line: finding.location.line, sink: finding.sink ?? null };
    sites.set(`${site.file}\u0000${site.line}\u0000${site.sink ?? ''}`, site);
  }
  return {
    categories: [...categories]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([category, { label, sites }]) => ({
        category,
        label,
        actions: Object.fromEntries(ACTIONS.map((action) => [action, [...(sites.get(action)?.values() ?? [])].sort(compareSites)])) as Record<Action, InventorySite[]>,
      })),
  };
}

function compareSites(a: InventorySite, b: InventorySite): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.sink ?? '').localeCompare(b.sink ?? '');
}

export function countSites(category: InventoryCategory): number {
  return ACTIONS.reduce((sum, action) => sum + category.actions[action].length, 0);
}
