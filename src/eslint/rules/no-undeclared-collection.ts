import { COMMON_MESSAGES, createRule, getRuleDocs } from '../create-rule';
import { createFindingListener } from '../report';

const NAME = 'no-undeclared-collection';

const messages = {
  undeclared: '{{label}} ({{category}}) is collected here; {{reason}}',
  ...COMMON_MESSAGES,
};

/** Collection (SPEC §4): a request field, form input, schema or DTO field whose category no purpose allows to be collected here. */
export const noUndeclaredCollection = createRule({
  name: NAME,
  meta: {
    type: 'problem',
    docs: getRuleDocs(NAME, { seesTypedRecords: false }),
    messages,
    schema: [],
    defaultOptions: [],
  },
  create: (context) => createFindingListener(context, NAME, messages, ['undeclared']),
});
