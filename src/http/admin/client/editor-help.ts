// Ensemble back office: the rich text editor's "Keyboard shortcuts" popover: a disclosure button
// (aria-expanded) and the list of what Tiptap and this editor bind; Escape closes it.
import { el, uid, type Say } from './editor-dialog.ts';

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcuts, as Tiptap's extensions bind them (Mod is Ctrl, or Cmd on a Mac). */
export const SHORTCUTS: readonly (readonly [keys: string, message: string])[] = [
  ['Mod+B', 'editor.key.bold'],
  ['Mod+I', 'editor.key.italic'],
  ['Mod+Alt+2', 'editor.key.h2'],
  ['Mod+Alt+3', 'editor.key.h3'],
  ['Mod+Shift+8', 'editor.key.bulletList'],
  ['Mod+Shift+7', 'editor.key.orderedList'],
  ['Mod+Shift+B', 'editor.key.quote'],
  ['Mod+K', 'editor.key.link'],
  ['Shift+Enter', 'editor.key.break'],
  ['Mod+Z', 'editor.key.undo'],
  ['Mod+Shift+Z', 'editor.key.redo'],
  ['Alt+F10', 'editor.key.toolbar'],
];

export function helpPopover(say: Say): HTMLElement {
  const panelId = uid('editor-shortcuts');
  const button = el('button', { type: 'button', class: 'rich-text-editor__help-button', 'aria-expanded': 'false', 'aria-controls': panelId, text: say('editor.button.help') });
  const list = el('dl', { class: 'rich-text-editor__shortcuts' });
  for (const [keys, message] of SHORTCUTS) {
    const combo = el('dd', {});
    keys
      .replace(/Mod/g, IS_MAC ? 'Cmd' : 'Ctrl')
      .split('+')
      .forEach((key, i) => combo.append(...(i > 0 ? ['+'] : []), el('kbd', { text: key })));
    list.append(el('dt', { text: say(message) }), combo);
  }
  const panel = el('div', { id: panelId, class: 'rich-text-editor__help', role: 'region', 'aria-label': say('editor.button.help') }, el('p', { text: say('editor.help.intro') }), list);
  panel.hidden = true;
  const toggle = (open: boolean): void => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => toggle(Boolean(panel.hidden)));
  const wrapper = el('div', { class: 'rich-text-editor__help-wrapper' }, button, panel);
  wrapper.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      toggle(false);
      button.focus();
    }
  });
  return wrapper;
}
