import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanError } from '../../src/scanner/scan-error';
import { writeFileAtomically } from '../../src/scanner/write-atomically';
import { makeProject } from './support/temp-project';

describe('writeFileAtomically', () => {
  it('replaces the file and leaves no temporary file behind', () => {
    const dir = makeProject({ 'report.json': 'old' });
    writeFileAtomically(join(dir, 'report.json'), 'new\n');
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('fails with one line naming the path when the directory does not exist, writing nothing', () => {
    const dir = makeProject({});
    expect(() => writeFileAtomically(join(dir, 'missing', 'r.json'), 'x', 'missing/r.json')).toThrow(new ScanError('cannot write missing/r.json: no such directory'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the old file whole and removes the temporary one when the rename fails', () => {
    const dir = makeProject({});
    mkdirSync(join(dir, 'report.json'));
    writeFileSync(join(dir, 'report.json', 'keep'), 'kept');
    expect(() => writeFileAtomically(join(dir, 'report.json'), 'x', 'report.json')).toThrow(/^cannot write report\.json: /);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readFileSync(join(dir, 'report.json', 'keep'), 'utf8')).toBe('kept');
  });

  const isRoot = process.getuid?.() === 0;
  (isRoot ? it.skip : it)('reports permission denied for a read-only directory', () => {
    const dir = makeProject({});
    chmodSync(dir, 0o500);
    try {
      expect(() => writeFileAtomically(join(dir, 'r.json'), 'x', 'r.json')).toThrow('cannot write r.json: permission denied');
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
