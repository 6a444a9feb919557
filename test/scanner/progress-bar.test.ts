import { createProgressBar } from '../../src/scanner/progress-bar';

describe('progress bar', () => {
  function setup() {
    let time = 0;
    const written: string[] = [];
    const bar = createProgressBar((text) => written.push(text), () => time);
    return { bar, written, advance: (ms: number) => (time += ms) };
  }

  it('stays silent for scans under a second', () => {
    const { bar, written, advance } = setup();
    bar.update('loading', 1, 2);
    advance(999);
    bar.update('loading', 2, 2);
    bar.clear();
    expect(written).toEqual([]);
  });

  it('redraws one line in place after a second, then erases it', () => {
    const { bar, written, advance } = setup();
    advance(1500);
    bar.update('loading', 1, 4);
    bar.update('loading', 1, 4);
    bar.update('analysing', 0, 1);
    bar.clear();
    expect(written).toEqual([
      '\r\u001b[K[######..................] parsing files 1/4',
      '\r\u001b[K[........................] analysing',
      '\r\u001b[K',
    ]);
  });
});
