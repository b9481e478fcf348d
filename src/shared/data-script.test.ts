import { describe, expect, it } from 'vitest';
import { fromDataScript, toDataScript } from './data-script';

const data = { title: 'Back "cramps"</script>', pages: [1, 2], note: 'line\nbreak \u2028' };

// That they define their data when run, as a page or a worker runs them: write-handbook.test.ts.
describe('data scripts', () => {
  it('read back exactly what was written', () => {
    expect(fromDataScript(toDataScript('search', data), 'search')).toEqual(data);
  });

  it('refuse another file, or the file of another name', () => {
    expect(() => fromDataScript('{"title":"x"}', 'start')).toThrow(/not the handbook's "start" data file/);
    expect(() => fromDataScript(toDataScript('search', data), 'start')).toThrow(/"start"/);
  });
});
