import { afterEach, describe, expect, it } from 'vitest';
import { editsBeforeTakeover } from './drawn-screen';

afterEach(() => (document.body.innerHTML = ''));

describe('editsBeforeTakeover', () => {
  it('puts back what the person typed and chose, and tells the reader as if just done', () => {
    document.body.innerHTML = `
      <input type="search" value="">
      <select><option value="UK" selected>UK</option><option value="US">US</option></select>
      <input type="text" value="left alone">`;
    const [search, untouched] = [...document.querySelectorAll('input')] as HTMLInputElement[];
    const region = document.querySelector('select')!;
    search!.value = 'sciat';
    region.value = 'US';
    const heard: string[] = [];
    document.body.addEventListener('input', (e) =>
      heard.push(`input ${(e.target as HTMLInputElement).value}`),
    );
    document.body.addEventListener('change', (e) =>
      heard.push(`change ${(e.target as HTMLSelectElement).value}`),
    );

    const replay = editsBeforeTakeover(document.body);
    // Taking over writes the reader's own state into every field.
    search!.value = '';
    region.value = 'UK';
    replay();

    expect([search!.value, region.value, untouched!.value]).toEqual(['sciat', 'US', 'left alone']);
    expect(heard).toEqual(['input sciat', 'change US']);
  });

  it('does nothing when nothing was changed', () => {
    document.body.innerHTML = '<input type="search" value="">';
    const heard: string[] = [];
    document.body.addEventListener('input', () => heard.push('input'));
    editsBeforeTakeover(document.body)();
    expect(heard).toEqual([]);
  });
});
