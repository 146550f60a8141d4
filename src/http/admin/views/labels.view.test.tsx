import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_ACTIONS } from '../../../modules/content/index.ts';
import { adminTranslator } from '../messages/index.ts';
import { choiceLabel, localeName } from './labels.view.tsx';

const SRC = fileURLToPath(new URL('../../../', import.meta.url));

/** Every audit action an operation records: `action: 'x'` in the source, the workflow steps, and the consent template's three. */
function recordedActions(): string[] {
  const found = new Set<string>([...WORKFLOW_ACTIONS, 'consent.recorded', 'consent.withdrawn', 'consent.expired']);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        // Every 'area.verb' literal on a line that names an audit action (`action:`, `auditAction:`,
        // or a choice between two actions), so a new entry cannot slip in under another spelling.
        for (const line of fs.readFileSync(full, 'utf8').split('\n')) {
          if (!/\b(?:action|auditAction)\??:|auditAs/.test(line)) continue;
          for (const m of line.matchAll(/(?<!t\()'([a-z]+\.[a-z][a-z_-]*)'/g)) found.add(m[1]!);
        }
      }
    }
  };
  walk(SRC);
  return [...found].sort();
}

describe('labels for internal values', () => {
  it.each(['fr', 'en', 'es', 'ar'] as const)('names every audit action the operations record (%s)', (locale) => {
    const t = adminTranslator(locale);
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(35);
    expect(actions.filter((action) => t(`audit.action.${action}` as Parameters<typeof t>[0]) === `audit.action.${action}`)).toEqual([]);
  });

  it('labels a field’s choices by field, the themes by their own keys, and leaves unknown values as they are', () => {
    const t = adminTranslator('fr');
    expect(choiceLabel(t, 'region', 'asia-pacific')).toBe('Asie-Pacifique');
    expect(choiceLabel(t, 'kind', 'op-ed')).toBe('Tribune');
    expect(choiceLabel(t, 'themes', 'work')).not.toBe('work');
    // Another field holding the same word is not a theme.
    expect(choiceLabel(t, 'title', 'work')).toBe('work');
  });

  it('names locales in the reader’s language', () => {
    expect(localeName('fr', 'ar')).toBe('arabe');
    expect(localeName('ar', 'fr')).toBe('الفرنسية');
    expect(localeName('en', 'zh-Hans')).toBe('Simplified Chinese');
  });
});
