import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { getFlowCatalogue } from '../../src/core/catalogue/flow-catalogue';
import { RULES_DIR } from '../../src/core/catalogue/load-catalogue';
import { isPathMatch, parsePathPattern } from '../../src/core/catalogue/path-pattern';

describe('sink catalogue', () => {
  it('rules/sinks.yaml matches schema/sinks.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'sinks.schema.json'), 'utf8')));
    validate(parse(readFileSync(join(RULES_DIR, 'sinks.yaml'), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('has unique sink ids and covers every action', () => {
    const { sinks } = getFlowCatalogue();
    expect(new Set(sinks.map((s) => s.id)).size).toBe(sinks.length);
    expect(new Set(sinks.map((s) => s.action))).toEqual(new Set(['log', 'store', 'transmit', 'expose']));
  });

  it.each([
    ['createLogger().**.{info,warn}', ['createLogger', '()', 'info'], true],
    ['createLogger().**.{info,warn}', ['createLogger', '()', 'child', '()', 'warn'], true],
    ['createLogger().**.{info,warn}', ['createLogger', 'info'], false],
    ['().info', ['()', 'info'], true],
    ['()()', ['()', '()'], true],
    ['PutObjectCommand.new', ['PutObjectCommand', 'new'], true],
    ['PutObjectCommand.new', ['PutObjectCommand', '()'], false],
    ['*.{create,upsert}', ['user', 'create'], true],
    ['*.{create,upsert}', ['()', 'create'], false],
  ])('%s matches %j: %s', (pattern, path, expected) => {
    expect(isPathMatch(parsePathPattern(pattern), path)).toBe(expected);
  });
});
