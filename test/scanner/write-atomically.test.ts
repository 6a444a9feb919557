import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync, type PathLike } from 'node:fs';
import { dirname, join } from 'node:path';
import { ScanError } from '../../src/scanner/scan-error';
import { writeFileAtomically } from '../../src/scanner/write-atomically';
import { makeProject } from './support/temp-project';

// The module object itself (an ES namespace import is read-only), so renameSync can be watched.
const fs = require('node:fs') as typeof import('node:fs');

describe('writeFileAtomically', () => {
  it('replaces the file and leaves no temporary file behind', () => {
    const dir = makeProject({ 'report.json': 'old' });
    writeFileAtomically(join(dir, 'report.json'), 'new\n');
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes the whole text to a temporary file beside the target, then renames it over the target', () => {
    const dir = makeProject({ 'report.json': 'old' });
    const target = join(dir, 'report.json');
    const realRename = fs.renameSync;
    const renames: Array<[PathLike, PathLike]> = [];
    const rename = jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      renames.push([from, to]);
      // Until the rename, readers still see the old report; the new one is complete beside it.
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readFileSync(from, 'utf8')).toBe('new report\n');
      realRename(from, to);
    });
    try {
      writeFileAtomically(target, 'new report\n');
    } finally {
      rename.mockRestore();
    }
    expect(renames).toHaveLength(1);
    const [[from, to]] = renames as Array<[string, string]>;
    expect(to).toBe(target);
    expect(dirname(from)).toBe(dir);
    expect(from).not.toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('new report\n');
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
