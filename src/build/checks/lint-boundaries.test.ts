import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule is the guard that keeps Node and Electron out of the page: prove it bites.
describe('renderer and shared code may not import Electron or Node', () => {
  const eslint = new ESLint();
  const lint = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  it.each([
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['src/renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/shared/x.ts', "import path from 'path';\nexport const x = path;\n"],
  ])('%s rejects %s', async (file, code) => {
    expect(await lint(file, code)).toBe(1);
  });

  it('allows the main process to import Electron', async () => {
    expect(await lint('src/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(0);
  });
});
