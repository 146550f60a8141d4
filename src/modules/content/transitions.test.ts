import { describe, expect, it } from 'vitest';
import { transitionTarget } from './transitions.ts';

describe('editorial workflow', () => {
  it('leads a draft through review to publication and archive', () => {
    expect(transitionTarget('submit', 'draft')).toBe('in_review');
    expect(transitionTarget('publish', 'in_review')).toBe('published');
    expect(transitionTarget('archive', 'published')).toBe('archived');
    expect(transitionTarget('unpublish', 'published')).toBe('draft');
    expect(transitionTarget('unpublish', 'archived')).toBe('draft');
  });

  it('refuses transitions the workflow does not have', () => {
    expect(transitionTarget('submit', 'published')).toBeUndefined();
    expect(transitionTarget('publish', 'published')).toBeUndefined();
    expect(transitionTarget('publish', 'archived')).toBeUndefined();
    expect(transitionTarget('unpublish', 'draft')).toBeUndefined();
    expect(transitionTarget('archive', 'archived')).toBeUndefined();
  });
});
