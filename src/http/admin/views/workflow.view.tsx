import { userActor } from '../../../modules/accounts/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import type { Translation } from '../../../modules/content/index.ts';
import { DEFAULT_PREVIEW_HOURS, MAX_PREVIEW_HOURS, type Segment } from '../../../modules/workflow/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { translationPath } from '../workflow-context.tsx';
import { PostForm } from './form.view.tsx';

type Tab = 'revisions' | 'schedule' | 'preview';

/** Which translation these pages are about, and the way to its other pages. */
export function TranslationNav({ req, translation, current }: { req: AdminRequest; translation: Translation; current: Tab }) {
  const { t } = req;
  const base = translationPath(translation);
  const user = req.auth!.user;
  const tabs: { tab: Tab; href: string; label: string }[] = [
    { tab: 'revisions', href: `${base}/revisions`, label: t('wf.nav.revisions') },
    ...(allows(userActor(user), 'content.publish') ? [{ tab: 'schedule' as const, href: `${base}/schedule`, label: t('wf.nav.schedule') }] : []),
  ];
  return (
    <div class="translation-nav">
      <p>
        <span lang={translation.locale} dir={req.locales.get(translation.locale).dir}>
          {translation.title}
        </span>{' '}
        · {req.locales.get(translation.locale).endonym} · <span class={`status status--${translation.status}`}>{t(`status.${translation.status}`)}</span> ·{' '}
        {t('wf.version', { version: translation.version })}
      </p>
      <nav aria-label={t('wf.nav.label')}>
        <ul class="admin-nav">
          <li>
            <a href={base}>{t('wf.nav.edit')}</a>
          </li>
          {tabs.map((item) => (
            <li>
              <a href={item.href} aria-current={item.tab === current ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/** Creates a preview link; anyone who may read the content may share it. */
export function PreviewLinkForm({ req, translation, hours }: { req: AdminRequest; translation: Translation; hours?: string }) {
  const { t } = req;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview.title')}</h2>
      <p class="field__hint" id="preview-help">
        {t('preview.help')}
      </p>
      <PostForm action={`${translationPath(translation)}/preview-link`} csrfToken={req.csrfToken} class="filters">
        <div class="field">
          <label for="preview-hours">{t('preview.hours')}</label>
          <input
            id="preview-hours"
            name="hours"
            type="number"
            class="input--short"
            min={1}
            max={MAX_PREVIEW_HOURS}
            value={hours ?? String(DEFAULT_PREVIEW_HOURS)}
            aria-describedby="preview-help"
          />
        </div>
        <button type="submit">{t('preview.create')}</button>
      </PostForm>
    </section>
  );
}

/**
 * Text with its removed or added words marked by <del>/<ins> (struck through and underlined, so
 * readable without colour) and announced by words screen readers say aloud.
 */
export function Segments({ req, segments }: { req: AdminRequest; segments: readonly Segment[] | null }) {
  if (!segments) return null;
  return (
    <>
      {segments.map((segment) =>
        segment.kind === 'same' ? (
          segment.text
        ) : segment.kind === 'removed' ? (
          <del>
            <span class="visually-hidden">[{req.t('revisions.deleted')} </span>
            {segment.text}
            <span class="visually-hidden">]</span>
          </del>
        ) : (
          <ins>
            <span class="visually-hidden">[{req.t('revisions.inserted')} </span>
            {segment.text}
            <span class="visually-hidden">]</span>
          </ins>
        ),
      )}
    </>
  );
}

/** Links from a translation's edit page to its revisions and scheduling (for those who may schedule). */
export function WorkflowLinks({ req, translation }: { req: AdminRequest; translation: Translation }) {
  const base = translationPath(translation);
  return (
    <p class="workflow-links">
      <a href={`${base}/revisions`}>{req.t('wf.nav.revisions')}</a>
      {allows(userActor(req.auth!.user), 'content.publish') ? (
        <>
          {' · '}
          <a href={`${base}/schedule`}>{req.t('wf.nav.schedule')}</a>
        </>
      ) : null}
    </p>
  );
}
