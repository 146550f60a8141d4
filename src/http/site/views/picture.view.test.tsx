import { describe, expect, it } from 'vitest';
import { focusClass } from './picture.view.tsx';

describe('focusClass', () => {
  it('rounds the focal point to quarters and keeps odd values inside the image', () => {
    expect(focusClass({ focalPoint: { x: 0.5, y: 0.5 } })).toBe('fx-2 fy-2');
    expect(focusClass({ focalPoint: { x: 0.1, y: 0.9 } })).toBe('fx-0 fy-4');
    expect(focusClass({ focalPoint: { x: -3, y: Number.NaN } })).toBe('fx-0 fy-2');
  });
});
