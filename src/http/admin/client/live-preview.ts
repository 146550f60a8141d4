// Ensemble back office: the edit form's live preview (bundled into admin-autosave.js). The form's
// unsaved text goes to the preview route, which renders it with the public renderer for this
// request only; the answer is shown in a frame (srcdoc: no history entry per keystroke).

const PREVIEW_IDLE_MS = 700;
const PREVIEW_PREFS = 'ensemble.preview';

/** The preview panel: the form's unsaved text through the public renderer, in a frame beside it. */
export function startPreview(form: HTMLFormElement, bar: HTMLElement, payload: () => URLSearchParams, msg: (name: string) => string): void {
  const panel = document.getElementById('live-preview');
  const toggle = bar.querySelector<HTMLButtonElement>('.live-edit-bar__toggle');
  const frame = panel?.querySelector<HTMLIFrameElement>('.live-preview__frame');
  const viewport = panel?.querySelector<HTMLElement>('.live-preview__viewport');
  const message = panel?.querySelector<HTMLElement>('.live-preview__message');
  const container = panel?.parentElement;
  if (!panel || !toggle || !frame || !viewport || !message || !container) return;
  const url = bar.dataset['previewUrl'] ?? '';
  const prefs = readPrefs();
  let width = prefs.width;
  let open = false;
  let loading = false;
  let again = false;
  let timer: number | undefined;

  const fit = (): void => {
    const scale = Math.min(1, viewport.clientWidth / width);
    frame.style.width = `${width}px`;
    frame.style.height = `${Math.round(viewport.clientHeight / scale)}px`;
    frame.style.transform = `scale(${scale})`;
    // A phone-width page sits in the middle; a scaled one starts at the edge its origin is on.
    frame.style.marginInline = scale === 1 ? 'auto' : '0';
  };

  const refresh = async (): Promise<void> => {
    if (!open) return;
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      const response = await fetch(url, { method: 'POST', body: payload(), credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const html = await response.text();
      const scrolled = frame.contentWindow?.scrollY ?? 0;
      frame.addEventListener('load', () => keepInFrame(frame, scrolled), { once: true });
      frame.srcdoc = html;
      message.textContent = '';
    } catch {
      message.textContent = msg('preview-failed');
    } finally {
      loading = false;
    }
    if (again) {
      again = false;
      void refresh();
    }
  };

  const setOpen = (value: boolean): void => {
    open = value;
    panel.hidden = !value;
    toggle.setAttribute('aria-expanded', String(value));
    container.classList.toggle('live-edit--preview', value);
    writePrefs({ open, width });
    if (value) {
      fit();
      void refresh();
    }
  };

  toggle.addEventListener('click', () => setOpen(!open));
  panel.querySelectorAll<HTMLInputElement>('input[name="live-preview-width"]').forEach((radio) => {
    radio.checked = Number(radio.value) === width;
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      width = Number(radio.value) === 1280 ? 1280 : 390;
      writePrefs({ open, width });
      fit();
    });
  });
  const onInput = (): void => {
    if (!open) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void refresh(), PREVIEW_IDLE_MS);
  };
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  new ResizeObserver(() => {
    if (open) fit();
  }).observe(viewport);
  if (prefs.open) setOpen(true);
}

/** Links in the preview open the real page in a new tab; in-page anchors scroll; forms stay put. */
function keepInFrame(frame: HTMLIFrameElement, scrollY: number): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) return;
  win.scrollTo(0, scrollY);
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
    else window.open(new URL(href, location.href).href, '_blank', 'noopener');
  });
  doc.addEventListener('submit', (event) => event.preventDefault());
}

function readPrefs(): { open: boolean; width: number } {
  try {
    const value = JSON.parse(localStorage.getItem(PREVIEW_PREFS) ?? '{}') as { open?: unknown; width?: unknown };
    return { open: value.open === true, width: value.width === 1280 ? 1280 : 390 };
  } catch {
    return { open: false, width: 390 };
  }
}

function writePrefs(prefs: { open: boolean; width: number }): void {
  try {
    localStorage.setItem(PREVIEW_PREFS, JSON.stringify(prefs));
  } catch {
    // Not remembered: the panel opens closed next time.
  }
}
