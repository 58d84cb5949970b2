// Proves the lint bans on HTML sinks in src/ really fire (a rule that never fires protects nothing).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('lint bans HTML strings in injected code', () => {
  it.each([
    ['innerHTML', 'document.body.innerHTML = "<b>x</b>";'],
    ['outerHTML', 'document.body.outerHTML = "<b>x</b>";'],
    ['insertAdjacentHTML', 'document.body.insertAdjacentHTML("beforeend", "<b>x</b>");'],
    ['document.write', 'document.write("<b>x</b>");'],
  ])('%s is an error in src/', async (name, code) => {
    const messages = await messagesFor(code, 'src/content/example.ts');
    expect(messages.some((m) => m.includes(name))).toBe(true);
  });

  it('DOM calls are fine', async () => {
    const messages = await messagesFor('const el = document.createElement("b"); el.textContent = "x"; document.body.append(el);\n', 'src/content/example.ts');
    expect(messages).toEqual([]);
  });
});
