import { describe, expect, it } from 'vitest';
import { clampPoint, movePoint } from './focal-point.ts';

describe('focal-point picker: moving the point', () => {
  it('moves one hundredth per arrow, a tenth with Shift, and keeps the point inside the image', () => {
    expect(movePoint({ x: 0.5, y: 0.5 }, 'ArrowRight', false)).toEqual({ x: 0.51, y: 0.5 });
    expect(movePoint({ x: 0.5, y: 0.5 }, 'ArrowUp', true)).toEqual({ x: 0.5, y: 0.4 });
    expect(movePoint({ x: 0.05, y: 0.97 }, 'ArrowLeft', true)).toEqual({ x: 0, y: 0.97 });
    expect(movePoint({ x: 0.05, y: 0.97 }, 'ArrowDown', true)).toEqual({ x: 0.05, y: 1 });
    expect(movePoint({ x: 0.2, y: 0.9 }, 'Home', false)).toEqual({ x: 0.5, y: 0.5 });
    expect(movePoint({ x: 0.2, y: 0.9 }, 'a', false)).toBeUndefined();
  });

  it('rounds to the inputs’ step and reads anything else as the centre', () => {
    expect(clampPoint(0.123456)).toBe(0.12);
    expect(clampPoint(0.1 + 0.2)).toBe(0.3);
    expect(clampPoint(-1)).toBe(0);
    expect(clampPoint(Number.NaN)).toBe(0.5);
  });
});
