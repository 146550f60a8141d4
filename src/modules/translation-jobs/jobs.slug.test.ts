import { describe, expect, it } from 'vitest';
import { jobState, localeState } from './jobs.exchange.ts';
import { slugForImport } from './jobs.slug.ts';

describe('translation jobs: slugs and states', () => {
  it('makes a new translation’s slug from its title, else the source’s, else the document id', () => {
    expect(slugForImport('Programas de acogida: ¡bienvenidos!', 'accueil', 'abc', 'es')).toBe('programas-de-acogida-bienvenidos');
    expect(slugForImport('برامج الاستقبال', 'accueil', 'abc', 'ar')).toBe('accueil');
    expect(slugForImport('欢迎', undefined, 'A1B2-C3D4-E5', 'zh')).toBe('page-a1b2c3d4');
  });

  it('derives a locale’s and a job’s state from its documents', () => {
    expect(localeState(['sent', 'sent'])).toBe('sent');
    expect(localeState(['returned', 'stale'])).toBe('partly_returned');
    expect(localeState(['returned', 'returned'])).toBe('returned');
    expect(jobState('sent', ['returned', 'not_returned'])).toBe('partly_returned');
    expect(jobState('partly_returned', ['returned', 'returned'])).toBe('returned');
    expect(jobState('closed', ['returned'])).toBe('closed');
  });
});
