// Ensemble back office: the focal-point picker of the image page.
// Progressive enhancement only: the two number inputs stay in the form and are what gets saved;
// this script lays a marker over the image (click to place it, arrow keys to move it, Shift for
// larger steps) and keeps the crop previews' object-position in step with the inputs, rounded as
// the site rounds it (focusStep), so a preview is the crop the site will make.
import { focusStep } from '../../site/views/focus-step.ts';

/** One arrow key press moves the point by this fraction of the image; with Shift, by the larger one. */
export const STEP = 0.01;
export const LARGE_STEP = 0.1;

/** A point kept inside the image and rounded to the inputs' step (two decimals). */
export function clampPoint(value: number): number {
  if (!Number.isFinite(value)) return 0.5;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** Where an arrow key (with or without Shift) moves the point; undefined for any other key. */
export function movePoint(point: { x: number; y: number }, key: string, large: boolean): { x: number; y: number } | undefined {
  const step = large ? LARGE_STEP : STEP;
  // The image is never mirrored, so left is left in a right-to-left interface too.
  const delta: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
  const d = delta[key];
  if (key === 'Home') return { x: 0.5, y: 0.5 };
  return d ? { x: clampPoint(point.x + d[0]), y: clampPoint(point.y + d[1]) } : undefined;
}

function enhance(picker: HTMLElement): void {
  const image = picker.querySelector<HTMLImageElement>('img');
  const inputX = document.getElementById('field-focalX') as HTMLInputElement | null;
  const inputY = document.getElementById('field-focalY') as HTMLInputElement | null;
  if (!image || !inputX || !inputY) return;
  const labelTemplate = picker.dataset['label'] ?? '{x}, {y}';
  const percent = new Intl.NumberFormat(document.documentElement.lang || undefined, { style: 'percent', maximumFractionDigits: 0 });
  const crops = [...document.querySelectorAll<HTMLImageElement>('[data-focal-crop]')];

  const marker = document.createElement('button');
  marker.type = 'button';
  marker.className = 'focal-marker';
  if (picker.dataset['hint']) {
    // Shown below the image (it is how to use it) and read as the marker's description.
    const hint = document.createElement('p');
    hint.id = 'focal-marker-hint';
    hint.className = 'field__hint focal-picker__hint';
    hint.textContent = picker.dataset['hint'];
    picker.after(hint);
    marker.setAttribute('aria-describedby', hint.id);
  }
  // Announced after a move (a focused button's new label is not read by every screen reader).
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  picker.append(marker, status);
  picker.classList.add('is-enhanced');

  const read = () => ({ x: clampPoint(Number(inputX.value.replace(',', '.'))), y: clampPoint(Number(inputY.value.replace(',', '.'))) });
  const show = (point: { x: number; y: number }) => {
    marker.style.left = `${point.x * 100}%`;
    marker.style.top = `${point.y * 100}%`;
    const label = labelTemplate.replace('{x}', percent.format(point.x)).replace('{y}', percent.format(point.y));
    marker.setAttribute('aria-label', label);
    for (const crop of crops) crop.style.objectPosition = `${focusStep(point.x) * 25}% ${focusStep(point.y) * 25}%`;
    return label;
  };
  let announce: ReturnType<typeof setTimeout> | undefined;
  const set = (point: { x: number; y: number }) => {
    inputX.value = String(point.x);
    inputY.value = String(point.y);
    const label = show(point);
    clearTimeout(announce);
    announce = setTimeout(() => (status.textContent = label), 250);
  };

  image.addEventListener('click', (event) => {
    const box = image.getBoundingClientRect();
    set({ x: clampPoint((event.clientX - box.left) / box.width), y: clampPoint((event.clientY - box.top) / box.height) });
    marker.focus();
  });
  marker.addEventListener('keydown', (event) => {
    const next = movePoint(read(), event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    set(next);
  });
  for (const input of [inputX, inputY]) input.addEventListener('input', () => show(read()));
  show(read());
}

if (typeof document !== 'undefined') {
  for (const picker of document.querySelectorAll<HTMLElement>('[data-focal-picker]')) enhance(picker);
}
