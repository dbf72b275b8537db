import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rules that fire when `code` is linted as if it lived at `filePath`. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layering that DESIGN.md promises, enforced by lint', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/x.ts', "import { join } from 'path';\nexport const x = join;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/x.ts', "import { createCore } from '../electron/core/container';\nexport const x = createCore;\n"],
    ['renderer/src/x.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n"],
    ['renderer/src/x.ts', "import { createCore } from '../../electron/core/container';\nexport const x = createCore;\n"],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/core/x.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n"],
    ['electron/preload/x.ts', "import { contract } from '../../shared/contract';\nexport const x = contract;\n"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['shared/x.ts', 'export const width = window.innerWidth;\n'],
    ['shared/x.ts', 'export const home = process.env.HOME;\n'],
    ['renderer/src/x.ts', 'export const home = process.env.HOME;\n'],
  ])('%s may not use the global in: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toContain('no-restricted-globals');
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nimport { KINDS } from './domain';\nexport const x = [z, KINDS];\n"],
    ['renderer/src/x.ts', "import { createClient } from '../../shared/client';\nexport const x = createClient;\n"],
    ['electron/core/x.ts', "import { readFileSync } from 'node:fs';\nimport Database from 'better-sqlite3';\nexport const x = [readFileSync, Database];\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { createCore } from '../core/container';\nexport const x = [app, createCore];\n"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toEqual([]);
  });
});
