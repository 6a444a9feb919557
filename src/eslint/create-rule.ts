import type { ESLintUtils as ESLintUtilsModule } from '@typescript-eslint/utils';
import { RULES, type RuleLevel, type RuleName } from '../core/rules';

/** What each rule's `meta.docs` says beyond a description; the configs and the doc headers are generated from it. */
export interface MinimiseRuleDocs {
  /** Every single-file rule of SPEC §4 is in `recommended`. */
  recommended: 'recommended';
  /** False for every rule: types add findings (typed records) but are never needed. */
  requiresTypeChecking: boolean;
  /** With type information the rule also sees data inside typed objects at its sinks (`logger.info(customer)`). */
  seesTypedRecords: boolean;
  /** SPEC §4's default level, which `recommended` uses (`error` → 'error', `warning` → 'warn'). */
  defaultLevel: Exclude<RuleLevel, 'note'>;
}

export const DOCS_BASE_URL = 'https://github.com/minimise-scan/minimise-scan/blob/main/docs/rules/';

// typescript-eslint's ESLintUtils, from its own entry point: the package's main entry also loads
// ESLint itself (for its Linter and RuleTester classes), half a second that a plugin must not add.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ESLintUtils = require('@typescript-eslint/utils/eslint-utils') as typeof ESLintUtilsModule;

const createDocumentedRule = ESLintUtils.RuleCreator<MinimiseRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);

/**
 * typescript-eslint's rule factory: every rule gets its doc page URL from its name. Its `create`
 * clones the default options (structuredClone) for every rule on every file, 4,200 clones on the
 * bench corpus, and ESLint passes a new options array each time, so there is no identity to cache
 * by. When a file's rule has no options given (this plugin's rules take none), the defaults are
 * applied once and shared, frozen; with options, typescript-eslint's `create` does as it always does.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtilsModule.RuleWithMetaAndName<Options, MessageIds, MinimiseRuleDocs>>,
): ReturnType<typeof createDocumentedRule<Options, MessageIds>> {
  const created = createDocumentedRule(rule);
  const defaults = Object.freeze(ESLintUtils.applyDefault(rule.meta.defaultOptions ?? rule.defaultOptions ?? ([] as unknown as Options), null)) as Readonly<Options>;
  return { ...created, create: (context) => (context.options.length === 0 ? rule.create(context, defaults) : created.create(context)) };
}

/** Messages every rule has besides its own. */
export const COMMON_MESSAGES = {
  /** A bad manifest, once per file at 1:1 (SPEC §5's one-line error). */
  manifestError: '{{message}}',
  /** The engine's own message, when it reads in none of the rule's message shapes. */
  finding: '{{message}}',
} as const;

export const SUGGESTION_MESSAGES = {
  wrapInTransform: 'Wrap `{{expression}}` in {{transform}}(), which the manifest declares under transforms.{{kind}}',
} as const;

type SingleFileRuleName = Exclude<RuleName, 'no-unused-collection' | 'stale-declaration'>;

/**
 * A rule's `meta.docs`, from the rule table of SPEC §4 (src/core/rules.ts), where its description
 * and level live: every single-file rule is in `recommended` and needs no types.
 */
export function getRuleDocs<Name extends SingleFileRuleName>(name: Name, { seesTypedRecords }: { seesTypedRecords: boolean }) {
  return {
    description: RULES[name].description,
    recommended: 'recommended',
    requiresTypeChecking: false,
    seesTypedRecords,
    defaultLevel: RULES[name].level,
  } satisfies MinimiseRuleDocs & { description: string };
}
