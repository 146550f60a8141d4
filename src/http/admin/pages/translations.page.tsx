import { PageResponses, type AdminInstance } from '../admin-schemas.ts';
import type { TranslationRow, TranslationState } from '../../../modules/content/index.ts';
import { MESSAGES_SOURCE_LOCALE, type LocaleCode } from '../../../modules/locales/index.ts';
import { allows } from '../../../modules/policy/index.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { MachineBadge, MachineReviewList } from '../views/machine-translation.view.tsx';

/**
 * What is missing or outdated in each language: coverage per section and locale, and the queue of
 * the person looking (a translator's own locales; everyone else sees every locale but the source).
 */
export function registerTranslationRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/translations', { config: { access: 'content.read' }, schema: { response: PageResponses } }, async (request, reply) => {
    const rows = await deps.content.service.listTranslationRows();
    const user = request.admin.auth!.user;
    const queueLocales: readonly LocaleCode[] = user.role === 'translator' ? user.locales : request.admin.locales.allCodes;
    // Machine translations nobody has reviewed yet: listed on their own and marked in the queue.
    const machineMarks = (await deps.machineTranslation.service.listAwaitingReview()).filter((m) => queueLocales.includes(m.locale));
    const machine = new Set(machineMarks.map((m) => `${m.documentId}:${m.locale}`));
    return sendAdminPage(
      reply,
      200,
      <AdminLayout req={request.admin} title={request.admin.t('translations.title')} stylesheet={deps.stylesheet} current="/admin/translations">
        <InterfaceStrings req={request.admin} missing={new Map(request.admin.locales.codes.map((code) => [code, deps.locales.missingMessages(code).length]))} />
        <Queue req={request.admin} rows={rows} locales={queueLocales} mine={user.role === 'translator'} machine={machine} />
        <MachineReviewList req={request.admin} marks={machineMarks} titles={new Map(rows.map((r) => [r.documentId, r.title]))} />
        <Coverage req={request.admin} rows={rows} />
      </AdminLayout>,
    );
  });
}

/** Rows the queue shows; the rest are counted beneath it. */
const QUEUE_SHOWN = 200;

function Queue({ req, rows, locales, mine, machine }: { req: AdminRequest; rows: readonly TranslationRow[]; locales: readonly LocaleCode[]; mine: boolean; machine: ReadonlySet<string> }) {
  const { t } = req;
  const items = rows.flatMap((row) =>
    locales
      .filter((locale) => row.states[locale] === 'missing' || row.states[locale] === 'outdated' || (row.missingTracks[locale]?.length ?? 0) > 0)
      .map((locale) => ({ row, locale, state: row.states[locale] ?? 'missing', tracks: row.missingTracks[locale] ?? [] })),
  );
  // Outdated first: a reader already sees that page, in words that no longer match the source.
  // Then missing translations, then translations whose text is done but lack a track (captions).
  // Within each, the source changed most recently first: that is the work on deadline.
  const rank = (state: TranslationState) => (state === 'outdated' ? 0 : state === 'missing' ? 1 : 2);
  items.sort((a, b) => rank(a.state) - rank(b.state) || b.row.sourceUpdatedAt.localeCompare(a.row.sourceUpdatedAt));
  return (
    <section aria-labelledby="queue">
      <h2 id="queue">
        {mine ? t('translations.queueMine', { locales: locales.map((l) => req.locales.get(l).endonym).join(', ') }) : t('translations.queue')}
      </h2>
      {items.length === 0 ? (
        <p>{t('translations.queueEmpty')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('documents.titleColumn')}</th>
              <th scope="col">{t('documents.locale')}</th>
              <th scope="col">{t('documents.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, QUEUE_SHOWN).map(({ row, locale, state, tracks }) => (
              <tr>
                <td lang={row.titleLocale} dir={req.locales.get(row.titleLocale).dir}>
                  {row.title}
                </td>
                <td>
                  <a href={`/admin/documents/${row.documentId}/${locale}`}>{t('translations.translate', { language: req.locales.get(locale).endonym })}</a>
                </td>
                <td>
                  <span class={`state state--${state}`}>{t(`translations.state.${state}` as const)}</span>
                  {machine.has(`${row.documentId}:${locale}`) ? <> <MachineBadge req={req} /></> : null}
                  {tracks.map((track) => (
                    <>
                      {' '}
                      <a class="tag tag--track" data-missing-track={track} href={`/admin/documents/${row.documentId}/translations/${locale}/captions`}>
                        {track === 'descriptions' ? t('translations.missing.descriptions') : t('translations.missing.captions')}
                      </a>
                    </>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items.length > QUEUE_SHOWN ? <p>{t('translations.queueMore', { count: items.length - QUEUE_SHOWN })}</p> : null}
    </section>
  );
}

function Coverage({ req, rows }: { req: AdminRequest; rows: readonly TranslationRow[] }) {
  const { t } = req;
  const sections = new Map<string, { label: string; rows: TranslationRow[] }>();
  for (const row of rows) {
    const key = row.section.id ?? `type:${row.section.type}`;
    const label = row.section.id !== null ? row.section.title : t('translations.outside', { type: t(`type.${row.section.type}` as Parameters<typeof t>[0]) });
    const entry = sections.get(key) ?? { label, rows: [] };
    entry.rows.push(row);
    sections.set(key, entry);
  }
  const cell = (group: readonly TranslationRow[], locale: LocaleCode) => {
    const count = (state: TranslationState) => group.filter((r) => r.states[locale] === state).length;
    const current = count('current') + count('source');
    return (
      <td>
        {t('translations.cell', { current, total: group.length })}
        {count('outdated') > 0 ? <span class="tag">{t('translations.outdatedCount', { count: count('outdated') })}</span> : null}
      </td>
    );
  };
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">{t('translations.coverage')}</h2>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('translations.section')}</th>
            {req.locales.allCodes.map((code) => (
              <th scope="col" lang={code}>
                {req.locales.get(code).endonym}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...sections.values()].map((section) => (
            <tr>
              <th scope="row">{section.label}</th>
              {req.locales.allCodes.map((code) => cell(section.rows, code))}
            </tr>
          ))}
          <tr class="table__total">
            <th scope="row">{t('translations.total')}</th>
            {req.locales.allCodes.map((code) => cell(rows, code))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** The public site's interface strings each enabled locale still lacks (shown in a fallback language). */
function InterfaceStrings({ req, missing }: { req: AdminRequest; missing: ReadonlyMap<LocaleCode, number> }) {
  const { t } = req;
  const actor = actorOf(req);
  return (
    <section aria-labelledby="interface-strings">
      <h2 id="interface-strings">{t('translations.interface')}</h2>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('documents.locale')}</th>
            <th scope="col">{t('locales.missing')}</th>
          </tr>
        </thead>
        <tbody>
          {[...missing].map(([code, count]) => (
            <tr id={`strings-${code}`}>
              <th scope="row" lang={code} dir={req.locales.get(code).dir}>
                {req.locales.get(code).endonym}
              </th>
              <td>
                {allows(actor, 'messages.edit', { locale: code, isSource: code === MESSAGES_SOURCE_LOCALE }) ? (
                  <a href={`/admin/locales/${code}/strings${count > 0 ? '?missing=1' : ''}`} aria-label={`${t('translations.interface.missing', { count })} (${t('translations.interface.open', { language: req.locales.get(code).endonym })})`}>
                    {t('translations.interface.missing', { count })}
                  </a>
                ) : (
                  t('translations.interface.missing', { count })
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
