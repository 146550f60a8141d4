import type { LocaleCode } from '../../../modules/locales/index.ts';
import { splitByTerms, type FuzzyMatch, type GlossaryTerm, type Prefill } from '../../../modules/translation-memory/index.ts';
import { codedToPlain } from '../../../modules/xliff/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { fieldLabel } from './field-input.view.tsx';

/** Which fields a pre-fill touched, named as the form names them. */
function fieldNames(req: AdminRequest, fields: readonly string[]): string {
  return fields.map((name) => (name === 'title' || name === 'summary' || name === 'body' ? req.t(`edit.field.${name}`) : fieldLabel(req.t, name))).join(', ');
}

/** Says that segments of the form come from the memory, how many and where. */
export function PrefillNotice({ req, prefill }: { req: AdminRequest; prefill: Prefill }) {
  if (prefill.suggestions.length === 0) return null;
  return (
    <div class="notice memory-prefill" role="status">
      {prefill.text ? <p>{req.t('memory.prefill.notice', { count: prefill.exact, total: prefill.segments, fields: fieldNames(req, prefill.fields) })}</p> : null}
      <p>
        <a href="#memory-panel-title">{req.t('memory.panel.jump', { count: prefill.suggestions.length })}</a>
      </p>
    </div>
  );
}

/**
 * The source's segments that the memory knows, each with its exact translation or its fuzzy
 * matches (the words that differ marked, and said in words for screen readers). Plain HTML:
 * readable without script; every target is selectable text.
 */
export function MemoryPanel({ req, prefill, sourceLocale, targetLocale }: { req: AdminRequest; prefill: Prefill; sourceLocale: LocaleCode; targetLocale: LocaleCode }) {
  const { t } = req;
  if (prefill.suggestions.length === 0) return null;
  const sourceDir = req.locales.get(sourceLocale).dir;
  const targetDir = req.locales.get(targetLocale).dir;
  return (
    <section class="memory-panel" aria-labelledby="memory-panel-title" data-label-copy={t('memory.panel.copy')} data-label-copied={t('memory.panel.copied')}>
      <h2 id="memory-panel-title" tabindex={-1}>{t('memory.panel.title')}</h2>
      <p>{t('memory.panel.intro')}</p>
      <ol class="memory-panel__list">
        {prefill.suggestions.map((s) => (
          <li class="memory-suggestion">
            <p class="memory-suggestion__field">{s.field === 'title' || s.field === 'summary' || s.field === 'body' ? t(`edit.field.${s.field}`) : fieldLabel(t, s.field)}</p>
            <p lang={sourceLocale} dir={sourceDir}>{s.source}</p>
            {s.exact !== undefined ? (
              <div class="memory-match memory-match--exact">
                <p class="memory-match__score">{t('memory.panel.exact')}</p>
                <p lang={targetLocale} dir={targetDir} class="memory-match__target">{s.exact}</p>
              </div>
            ) : (
              s.fuzzy.map((match) => <FuzzyItem req={req} match={match} sourceLocale={sourceLocale} targetLocale={targetLocale} />)
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function FuzzyItem({ req, match, sourceLocale, targetLocale }: { req: AdminRequest; match: FuzzyMatch; sourceLocale: LocaleCode; targetLocale: LocaleCode }) {
  const { t } = req;
  return (
    <div class="memory-match">
      <p class="memory-match__score">{t('memory.panel.fuzzy', { percent: Math.floor(match.similarity * 100) })}</p>
      <dl>
        <dt>{t('memory.panel.match')}</dt>
        <dd lang={sourceLocale} dir={req.locales.get(sourceLocale).dir}>
          {match.diff.before.map((part) =>
            part.kind === 'removed' ? (
              <del>
                {part.text}
                <span class="visually-hidden"> {t('memory.diff.removed')}</span>
              </del>
            ) : (
              part.text
            ),
          )}
        </dd>
        <dt>{t('memory.panel.source')}</dt>
        <dd lang={sourceLocale} dir={req.locales.get(sourceLocale).dir}>
          {match.diff.after.map((part) =>
            part.kind === 'added' ? (
              <ins>
                {part.text}
                <span class="visually-hidden"> {t('memory.diff.added')}</span>
              </ins>
            ) : (
              part.text
            ),
          )}
        </dd>
        <dt>{t('memory.panel.target')}</dt>
        <dd lang={targetLocale} dir={req.locales.get(targetLocale).dir} class="memory-match__target">{codedToPlain(match.target).trim()}</dd>
      </dl>
    </div>
  );
}

/** Source text with each glossary term marked, its expected translation in a tooltip and said to screen readers. */
export function GlossaryText({ req, text, terms }: { req: AdminRequest; text: string; terms: readonly GlossaryTerm[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {splitByTerms(text, terms).map((piece) => {
        if (!piece.term) return piece.text;
        const expected = piece.term.doNotTranslate ? req.t('glossary.expectedDnt') : req.t('glossary.expected', { translation: piece.term.translation });
        return (
          <mark class="glossary-term" title={[expected, piece.term.note].filter(Boolean).join(' — ')}>
            {piece.text}
            <span class="visually-hidden" lang={req.locale}> {expected}</span>
          </mark>
        );
      })}
    </>
  );
}

/** After a save: the glossary terms of the source that the saved translation lacks (a warning; the save stands). */
export function GlossaryWarning({ req, missing }: { req: AdminRequest; missing: readonly GlossaryTerm[] }) {
  if (missing.length === 0) return null;
  return (
    <div class="form-message form-message--warning glossary-warning" role="status">
      <p>{req.t('glossary.warning')}</p>
      <ul>
        {missing.map((term) => (
          <li>{term.doNotTranslate ? req.t('glossary.warning.dnt', { term: term.term }) : req.t('glossary.warning.term', { term: term.term, translation: term.translation })}</li>
        ))}
      </ul>
    </div>
  );
}
