import { COMMON_MESSAGES, createRule, getRuleDocs, SUGGESTION_MESSAGES } from '../create-rule';
import { createFindingListener } from '../report';

const NAME = 'no-undeclared-logging';

const messages = {
  undeclared: '{{label}} ({{category}}) reaches logger {{sink}}; {{reason}}',
  ...COMMON_MESSAGES,
  ...SUGGESTION_MESSAGES,
};

/** Logging (SPEC §4): a category reaching a logger, the console or an error tracker where no purpose allows it. */
export const noUndeclaredLogging = createRule({
  name: NAME,
  meta: {
    type: 'problem',
    docs: getRuleDocs(NAME, { seesTypedRecords: true }),
    hasSuggestions: true,
    messages,
    schema: [],
    defaultOptions: [],
  },
  create: (context) => createFindingListener(context, NAME, messages, ['undeclared'], { suggestions: true }),
});
