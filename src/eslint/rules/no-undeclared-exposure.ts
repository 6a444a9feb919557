import { COMMON_MESSAGES, createRule, getRuleDocs, SUGGESTION_MESSAGES } from '../create-rule';
import { createFindingListener } from '../report';

const NAME = 'no-undeclared-exposure';

const messages = {
  undeclared: '{{label}} ({{category}}) reaches client {{sink}}; {{reason}}',
  ...COMMON_MESSAGES,
  ...SUGGESTION_MESSAGES,
};

/** Exposure (SPEC §4): a category returned to a client (HTTP response, thrown error, rendered JSX) beyond what a purpose allows. */
export const noUndeclaredExposure = createRule({
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
