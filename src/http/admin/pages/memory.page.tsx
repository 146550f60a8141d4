import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { MEMORY_TMX_INVALID, TMX_LIMITS, type PairCount, type TmxImportResult } from '../../../modules/translation-memory/index.ts';
import { isAppError, type FieldProblem } from '../../../platform/errors.ts';
import { PageResponses, query, QueryText, TokenOnlyForm, type AdminInstance } from '../admin-schemas.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { AdminLayout } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { localeName } from '../views/labels.view.tsx';
import { discardUnreadBody, nextFilePart, readFormTokenFirst, refusalFor, registerUploadParsing } from './media-upload.ts';

const PAIR = /^([A-Za-z0-9-]{2,35}):([A-Za-z0-9-]{2,35})$/;

type Outcome =
  | { readonly kind: 'imported'; readonly result: TmxImportResult }
  | { readonly kind: 'refused'; readonly message: string; readonly problems?: readonly FieldProblem[] }
  | { readonly kind: 'rebuilt'; readonly documents: number; readonly pairs: number };

/**
 * The translation memory's page: pairs per locale pair, TMX export per pair or whole, the TMX
 * import (multipart, in its own context like the other uploads) and the rebuild from publications.
 */
export function registerMemoryRoutes(app: AdminInstance, deps: AdminDeps): void {
  app.get('/admin/memory', { config: { access: 'translation.memory' }, schema: { response: PageResponses } }, async (request, reply) => sendMemory(reply, 200, request.admin, deps));

  app.get(
    '/admin/memory/export',
    { config: { access: 'translation.memory' }, schema: { response: { 200: Type.String({ contentMediaType: 'application/x-tmx+xml' }), '4xx': PageResponses['4xx'] }, querystring: query({ pair: QueryText }) } },
    async (request, reply) => {
      const match = PAIR.exec(request.query.pair ?? '');
      const pair = match ? { sourceLocale: match[1]!, targetLocale: match[2]! } : undefined;
      const name = pair ? `memory-${pair.sourceLocale}-${pair.targetLocale}.tmx` : 'memory.tmx';
      // Gathered before sending: a memory is megabytes at most, and a failure still gets an error page.
      let tmx = '';
      for await (const chunk of deps.memory.exportTmx({ actor: actorOf(request.admin), ...(pair ? { pair } : {}) })) tmx += chunk;
      return reply.header('content-type', 'application/x-tmx+xml; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(tmx);
    },
  );

  app.post('/admin/memory/rebuild', { config: { access: 'translation.memory' }, schema: { response: PageResponses, body: TokenOnlyForm } }, async (request, reply) => {
    const result = await deps.memory.rebuild(actorOf(request.admin));
    return sendMemory(reply, 200, request.admin, deps, { kind: 'rebuilt', ...result });
  });

  void app.register(async (scope) => {
    await registerUploadParsing(scope, TMX_LIMITS.maxBytes);
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/admin/memory/import',
      { config: { access: 'translation.memory' }, schema: { response: PageResponses }, preValidation: readFormTokenFirst, onSend: discardUnreadBody },
      async (request, reply) => {
        const req = request.admin;
        const max = Math.floor(TMX_LIMITS.maxBytes / (1024 * 1024));
        const refuse = (status: number, message: string, problems?: readonly FieldProblem[]) => sendMemory(reply, status, req, deps, { kind: 'refused', message, ...(problems ? { problems } : {}) });
        const part = await nextFilePart(request);
        if ('error' in part) return refuse(400, req.t(part.error.message === 'media.error.noFile' ? 'memory.import.noFile' : 'memory.import.malformed'));
        const read = await readCapped(part.file, TMX_LIMITS.maxBytes);
        if (read === 'too-large') return refuse(413, req.t('memory.import.tooLarge', { max }));
        if (read === 'malformed') return refuse(400, req.t('memory.import.malformed'));
        if (read.length === 0) return refuse(400, req.t('memory.import.noFile'));
        try {
          const result = await deps.memory.importTmx({ file: read, actor: actorOf(req), fileName: part.fileName });
          return sendMemory(reply, 200, req, deps, { kind: 'imported', result });
        } catch (error) {
          if (isAppError(error) && error.code === MEMORY_TMX_INVALID) return refuse(422, req.t('memory.import.refused'), error.details);
          throw error;
        }
      },
    );
  });
}

async function readCapped(file: AsyncIterable<Uint8Array>, max: number): Promise<Buffer | 'too-large' | 'malformed'> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of file) {
      total += chunk.byteLength;
      if (total > max) return 'too-large';
      chunks.push(chunk);
    }
  } catch (error) {
    if (total >= max) return 'too-large';
    if (refusalFor(error)) return 'malformed';
    throw error;
  }
  return Buffer.concat(chunks);
}

async function sendMemory(reply: FastifyReply, status: number, req: AdminRequest, deps: AdminDeps, outcome?: Outcome) {
  const counts = await deps.memory.countByPair();
  return sendAdminPage(reply, status, <MemoryPage req={req} deps={deps} counts={counts} outcome={outcome} />);
}

function MemoryPage({ req, deps, counts, outcome }: { req: AdminRequest; deps: AdminDeps; counts: readonly PairCount[]; outcome: Outcome | undefined }) {
  const { t } = req;
  const name = (tag: string) => localeName(req.locale, tag);
  const max = Math.floor(TMX_LIMITS.maxBytes / (1024 * 1024));
  return (
    <AdminLayout req={req} title={t('memory.title')} stylesheet={deps.stylesheet} current="/admin/memory">
      <p>{t('memory.intro')}</p>
      {outcome?.kind === 'imported' ? (
        <div>
          <FormMessage kind="success">{t('memory.import.done', { count: outcome.result.imported })}</FormMessage>
          {outcome.result.problems.length > 0 ? <ProblemList req={req} title={t('memory.import.skipped')} problems={outcome.result.problems.map((p) => ({ path: p.line === undefined ? 'file' : `line ${p.line}`, message: p.message }))} /> : null}
        </div>
      ) : null}
      {outcome?.kind === 'rebuilt' ? <FormMessage kind="success">{t('memory.rebuild.done', { documents: outcome.documents, pairs: outcome.pairs })}</FormMessage> : null}
      {outcome?.kind === 'refused' ? (
        <div class="form-message form-message--error" role="alert">
          <p>{outcome.message}</p>
          {outcome.problems ? <ProblemList req={req} problems={outcome.problems} /> : null}
        </div>
      ) : null}
      <h2 id="pairs-heading">{t('memory.pairs')}</h2>
      {counts.length === 0 ? (
        <p>{t('memory.empty')}</p>
      ) : (
        <table class="table" aria-labelledby="pairs-heading">
          <thead>
            <tr>
              <th scope="col">{t('memory.column.pair')}</th>
              <th scope="col">{t('memory.column.count')}</th>
              <th scope="col">{t('memory.column.export')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr>
                <td>{t('memory.pair', { source: name(c.sourceLocale), target: name(c.targetLocale) })}</td>
                <td>{new Intl.NumberFormat(req.locale).format(c.pairs)}</td>
                <td>
                  <a href={`/admin/memory/export?pair=${encodeURIComponent(`${c.sourceLocale}:${c.targetLocale}`)}`} download>
                    {t('memory.exportPair', { source: c.sourceLocale, target: c.targetLocale })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {counts.length > 0 ? (
        <p>
          <a href="/admin/memory/export" download>{t('memory.exportAll')}</a>
        </p>
      ) : null}
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t('memory.import.title')}</h2>
        <form method="post" action="/admin/memory/import" enctype="multipart/form-data" class="form">
          <input type="hidden" name="_csrf" value={req.csrfToken} />
          <div class="field">
            <label for="memory-file">{t('memory.import.file')}</label>
            <p class="field__hint" id="memory-file-hint">{t('memory.import.hint', { max })}</p>
            <input id="memory-file" name="file" type="file" accept=".tmx,application/x-tmx+xml,application/xml,text/xml" aria-describedby="memory-file-hint" required />
          </div>
          <button type="submit">{t('memory.import.submit')}</button>
        </form>
      </section>
      <section aria-labelledby="rebuild-heading">
        <h2 id="rebuild-heading">{t('memory.rebuild.title')}</h2>
        <p id="rebuild-hint">{t('memory.rebuild.hint')}</p>
        <PostForm action="/admin/memory/rebuild" csrfToken={req.csrfToken}>
          <button type="submit" aria-describedby="rebuild-hint">{t('memory.rebuild.submit')}</button>
        </PostForm>
      </section>
    </AdminLayout>
  );
}

/** Problems with their line in the file, as a list a screen reader can walk. */
export function ProblemList({ req, title, problems }: { req: AdminRequest; title?: string; problems: readonly FieldProblem[] }) {
  return (
    <>
      {title ? <p>{title}</p> : null}
      <ul class="memory-problems">
        {problems.map((p) => {
          const line = /^line (\d+)/.exec(p.path)?.[1];
          return <li>{line ? req.t('memory.problemLine', { line, message: p.message }) : p.message}</li>;
        })}
      </ul>
    </>
  );
}
