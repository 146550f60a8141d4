// Ensemble back office: on the account page, offers the browser's own time zone.
// Progressive enhancement only: the select works without it; this adds one button that picks the
// zone the browser reports, when the list has it and it is not already chosen.

function offer(select: HTMLSelectElement): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const template = select.dataset['offer'];
  if (!zone || !template || select.value === zone) return;
  const option = [...select.options].find((o) => o.value === zone);
  if (!option) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button-secondary time-zone-offer';
  button.textContent = template.replace('{zone}', zone);
  button.addEventListener('click', () => {
    select.value = zone;
    select.focus();
    button.remove();
  });
  select.after(button);
}

for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-offer]')) offer(select);
