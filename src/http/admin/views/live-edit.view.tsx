import type { AdminRequest } from '../admin-plugin.tsx';

/**
 * The edit form's autosave status and preview switch (admin-autosave.js). Hidden until the script
 * shows it: without JavaScript the form's Save button and the saved-text preview link are the way.
 * The script's words come as data-msg-* attributes, already in the editor's language.
 */
export function LiveEditBar({ req, base, storageKey, unsaved }: { req: AdminRequest; base: string; storageKey: string; /** The form shows text the server refused: it is not saved yet. */ unsaved: boolean }) {
  const { t } = req;
  const messages: Record<string, string> = {
    saving: t('autosave.saving'),
    saved: t('autosave.saved'),
    'saved-pending': t('autosave.savedPending'),
    'just-now': t('autosave.justNow'),
    'seconds-ago': t('autosave.secondsAgo', { n: '{n}' }),
    'minutes-ago': t('autosave.minutesAgo', { n: '{n}' }),
    'not-saved': t('autosave.notSaved', { reason: '{reason}' }),
    conflict: t('autosave.conflict'),
    reload: t('autosave.reload'),
    offline: t('autosave.offline'),
    'signed-out': t('autosave.signedOut'),
    forbidden: t('autosave.forbidden'),
    'too-many': t('autosave.tooMany', { n: '{n}' }),
    failed: t('autosave.failed'),
    'restore-offer': t('autosave.restoreOffer'),
    restore: t('autosave.restore', { time: '{time}' }),
    discard: t('autosave.discard'),
    restored: t('autosave.restored'),
    'preview-failed': t('livePreview.failed'),
  };
  const data = Object.fromEntries(Object.entries(messages).map(([name, text]) => [`data-msg-${name}`, text]));
  return (
    <div class="live-edit-bar" hidden data-save-url={`${base}/autosave`} data-preview-url={`${base}/preview`} data-storage-key={storageKey} data-unsaved={unsaved ? 'true' : undefined} {...data}>
      <div class="live-edit-bar__row">
        <button type="button" class="button-secondary live-edit-bar__toggle" aria-expanded="false" aria-controls="live-preview">
          {t('livePreview.toggle')}
        </button>
        <p class="live-edit-bar__status">
          <span class="live-edit-bar__state" role="status"></span> <span class="live-edit-bar__age"></span>
        </p>
      </div>
      <ul class="live-edit-bar__problems" hidden></ul>
      <div class="live-edit-bar__offer" role="status"></div>
      <p class="field__hint">{t('autosave.hint')}</p>
    </div>
  );
}

/** The preview beside the form: the public page at phone or desktop width, scaled to fit. */
export function LivePreviewPanel({ req, language }: { req: AdminRequest; language: string }) {
  const { t } = req;
  return (
    <section id="live-preview" class="live-preview" hidden aria-labelledby="live-preview-title">
      <div class="live-preview__head">
        <h2 id="live-preview-title">{t('livePreview.title')}</h2>
        <fieldset class="live-preview__widths">
          <legend>{t('livePreview.width')}</legend>
          <label class="check">
            <input type="radio" name="live-preview-width" value="390" checked />
            {t('livePreview.phone')}
          </label>
          <label class="check">
            <input type="radio" name="live-preview-width" value="1280" />
            {t('livePreview.desktop')}
          </label>
        </fieldset>
      </div>
      <p class="live-preview__message" role="status"></p>
      <div class="live-preview__viewport">
        <iframe class="live-preview__frame" name="live-preview-frame" title={t('livePreview.frameTitle', { language })}></iframe>
      </div>
    </section>
  );
}
