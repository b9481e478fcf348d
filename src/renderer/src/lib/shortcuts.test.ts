import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from './shortcuts';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...extra,
});

describe('shortcutFor', () => {
  it.each([
    [key('ArrowLeft', { altKey: true }), 'go-back'],
    [key('ArrowRight', { altKey: true }), 'go-forward'],
    [key('=', { ctrlKey: true }), 'zoom-in'],
    [key('+', { metaKey: true, shiftKey: true }), 'zoom-in'],
    [key('-', { ctrlKey: true }), 'zoom-out'],
    [key('0', { ctrlKey: true }), 'zoom-reset'],
    [key('f', { ctrlKey: true }), 'find-in-page'],
    [key('p', { metaKey: true }), 'print-page'],
    [key('['), 'previous-page'],
    [key(']'), 'next-page'],
  ] as const)('%o → %s', (event, action) => {
    expect(shortcutFor(event)).toBe(action);
  });

  it('leaves typing alone', () => {
    expect(shortcutFor(key(']', { inTextField: true }))).toBeNull();
    expect(shortcutFor(key('a'))).toBeNull();
    expect(shortcutFor(key('ArrowLeft'))).toBeNull();
  });
});
