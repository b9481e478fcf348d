import { describe, expect, it } from 'vitest';
import { readability } from './readability.ts';

describe('readability', () => {
  it('scores short plain sentences low and long technical ones high', () => {
    const plain = readability('Your back hurts. Keep moving. Walk a little each day. Heat can help.');
    const dense = readability(
      'Spondylolisthesis, characterised by anterior displacement of a vertebral body relative to the subjacent vertebra, ' +
        'frequently necessitates multidisciplinary evaluation incorporating radiological investigation.',
    );
    expect(plain.sentences).toBe(4);
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(16);
  });

  it('treats text without an end mark as one sentence', () => {
    expect(readability('no full stop here').sentences).toBe(1);
    expect(readability('').words).toBe(0);
  });
});
