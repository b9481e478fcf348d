import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAWING_FILE, loadDrawing } from './load-drawing';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function folderWith(source: string | null): string {
  dir = mkdtempSync(join(tmpdir(), 'drawing-'));
  if (source !== null) writeFileSync(join(dir, DRAWING_FILE), source);
  return dir;
}

describe('loadDrawing', () => {
  it("loads the reader's drawing from the main build's folder", async () => {
    const draw = await loadDrawing(
      folderWith('export async function drawOpeningScreen() { return "drawn"; }'),
    );
    expect(await draw({} as never)).toBe('drawn');
  });

  it('fails clearly when the file is missing or is not the drawing', async () => {
    await expect(loadDrawing(folderWith(null))).rejects.toThrow();
    await expect(loadDrawing(folderWith('export const other = 1;'))).rejects.toThrow(/no drawOpeningScreen/);
  });
});
