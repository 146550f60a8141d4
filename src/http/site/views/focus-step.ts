/**
 * Where crops centre: a focal point coordinate (0–1) rounded to one of five positions (0, 25, 50,
 * 75, 100 %), which the stylesheets spell as classes since the Content-Security-Policy allows no
 * inline style. The site's pictures and the back office's crop previews both use it, so a preview
 * shows the crop the site will make.
 */
export function focusStep(value: number): 0 | 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(0, Math.round((Number.isFinite(value) ? value : 0.5) * 4))) as 0 | 1 | 2 | 3 | 4;
}
