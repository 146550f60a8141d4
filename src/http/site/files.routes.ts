import type { FastifyInstance } from 'fastify';
import type { ContentModule } from '../../modules/content/index.ts';
import type { FilesModule } from '../../modules/files/index.ts';
import { sendFile } from './file-ranges.ts';
import type { PageCache } from './page-cache.ts';
import type { SiteRenderer } from './site.routes.tsx';

export interface FileRouteDeps {
  readonly content: ContentModule;
  readonly files: FilesModule;
  readonly cache: PageCache;
}

/**
 * Publications' PDFs at /media/files/<sha-256>.pdf: streamed with byte ranges (PDF readers fetch
 * pages by range), a strong ETag and a year's caching (the name is the content), and a download
 * name made from the translation's slug, never from what the uploader's computer called it. Only
 * the file of a published translation is served; an upload nobody published is not public.
 */
export function registerPublicFileRoutes(app: FastifyInstance, deps: FileRouteDeps, site: SiteRenderer): void {
  const { content, files } = deps;

  /** Stored name → download name, worked out again after every content change. */
  let published: { generation: number; names: Promise<Map<string, string>> } | undefined;
  function publishedFiles(): Promise<Map<string, string>> {
    if (published?.generation !== deps.cache.generation) {
      const names = listPublishedFiles();
      published = { generation: deps.cache.generation, names };
      // A failed lookup is not remembered: the next request asks again.
      names.catch(() => (published = undefined));
    }
    return published.names;
  }
  async function listPublishedFiles(): Promise<Map<string, string>> {
    const documents = await content.reader.listDocumentsByType('publication');
    const translations = (await content.reader.listPublishedTranslations(documents.map((d) => d.id))).filter((t) => typeof t.fields.pdf === 'string');
    const stored = new Map((await files.findFiles(translations.map((t) => String(t.fields.pdf)))).map((f) => [f.id, f]));
    const names = new Map<string, string>();
    for (const t of translations) {
      const file = stored.get(String(t.fields.pdf));
      // The same PDF in two translations keeps the first name it was given.
      if (file && !names.has(file.file)) names.set(file.file, `${t.slug}.${file.type}`);
    }
    return names;
  }

  app.route({
    method: ['GET', 'HEAD'],
    url: '/media/files/:name',
    handler: async (request, reply) => {
      const { name } = request.params as { name: string };
      const downloadName = (await publishedFiles()).get(name);
      const file = downloadName === undefined ? undefined : await files.openFile(name);
      if (!file || downloadName === undefined) return site.sendError(request, reply, 'notFound');
      return sendFile(request, reply, file, { contentType: 'application/pdf', immutable: true, downloadName });
    },
  });
}
