import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layer rules (DESIGN.md: renderer → core; electron, cli → services → core)', () => {
  it.each([
    ['core/article/example.ts', "import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n"],
    ['core/article/example.ts', "import { ArticleLibrary } from '../../services/library/article-library';\nexport const library = ArticleLibrary;\n"],
    ['core/article/example.ts', 'export const title = () => document.title;\n'],
    ['renderer/src/example.ts', "import { ipcRenderer } from 'electron';\nexport const ipc = ipcRenderer;\n"],
    ['renderer/src/example.ts', "import fs from 'fs';\nexport const files = fs;\n"],
    ['renderer/src/example.ts', "import { ArticleLibrary } from '../../services/library/article-library';\nexport const library = ArticleLibrary;\n"],
    ['services/example.ts', "import { app } from 'electron';\nexport const application = app;\n"],
    ['core/article/example.ts', "import { Window } from 'happy-dom';\nexport const dom = Window;\n"],
    ['core/article/example.ts', "import mammoth from 'mammoth';\nexport const word = mammoth;\n"],
    ['core/article/example.ts', "export const load = () => fetch('https://example.com/');\n"],
    ['core/article/example.ts', "import React from 'react';\nexport const ui = React;\n"],
    ['renderer/src/example.ts', "import { marked } from 'marked';\nexport const markdown = marked;\n"],
    ['renderer/src/example.ts', "import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n"],
    ['services/example.ts', 'export const title = () => document.title;\n'],
    ['services/example.ts', "import React from 'react';\nexport const ui = React;\n"],
    ['cli/example.ts', "import ElectronStore from 'electron-store';\nexport const store = ElectronStore;\n"],
    ['electron/example.ts', "import { App } from '../renderer/src/app/App';\nexport const app = App;\n"],
  ])('forbids in %s: %s', async (filePath, code) => {
    const rules = await ruleIdsFor(filePath, code);
    expect(rules.some((rule) => rule === 'no-restricted-imports' || rule === 'no-restricted-globals')).toBe(true);
  });

  it.each([
    ['renderer/src/example.ts', "import { apiContract } from '../../core/api/api-contract';\nexport const contract = apiContract;\n"],
    ['services/example.ts', "import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n"],
    ['electron/example.ts', "import { ArticleLibrary } from '../services/library/article-library';\nexport const library = ArticleLibrary;\n"],
    ['core/article/example.ts', "import { z } from 'zod';\nexport const schema = z.string();\n"],
    ['renderer/src/example.ts', "import { useState } from 'react';\nexport const hook = useState;\n"],
    ['services/example.ts', "import { marked } from 'marked';\nexport const markdown = marked;\n"],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toEqual([]);
  });
});
