// Ensemble back office: a "copy" button beside each translation the memory offers.
// Progressive enhancement only: without it the translations are plain, selectable text.

const panel = document.querySelector<HTMLElement>('.memory-panel[data-label-copy]');
if (panel && navigator.clipboard) {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  panel.append(status);
  for (const target of panel.querySelectorAll<HTMLElement>('.memory-match__target')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button-secondary memory-copy';
    button.textContent = panel.dataset['labelCopy'] ?? '';
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(target.textContent?.trim() ?? '').then(() => {
        status.textContent = panel.dataset['labelCopied'] ?? '';
      });
    });
    target.after(button);
  }
}
