import { COMMON_MESSAGES, createRule, getRuleDocs, SUGGESTION_MESSAGES } from '../create-rule';
import { createFindingListener } from '../report';

const NAME = 'no-undeclared-transmission';

const messages = {
  undeclared: '{{label}} ({{category}}) reaches recipient {{sink}}; {{reason}}',
  ...COMMON_MESSAGES,
  ...SUGGESTION_MESSAGES,
};

/** Transmission (SPEC §4): a category sent over HTTP, to an analytics or ads SDK, a third-party API or a queue no purpose allows. */
export const noUndeclaredTransmission = createRule({
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
