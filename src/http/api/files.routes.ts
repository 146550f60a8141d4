import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { FilesModule, StoredFile } from '../../modules/files/index.ts';
import { AppError } from '../../platform/errors.ts';
import { API_UNSUPPORTED_MEDIA_TYPE } from '../http.errors.ts';
import { problem } from './api-schemas.ts';
import type { ApiInstance } from './api-types.ts';
import { tokenActorOf } from './management-auth.ts';
import { WRITE_ERRORS } from './management-schemas.ts';

const FileAnswer = Type.Object(
  {
    id: Type.String({ description: 'The value a `file` field takes, e.g. a publication translation\'s `pdf`.' }),
    displayName: Type.String(),
    mime: Type.String(),
    bytes: Type.Integer({ minimum: 1 }),
  },
  { description: 'A file of the files library (a PDF), stored under the hash of its content.' },
);

/**
 * PDF upload for API clients: the body is the file itself, streamed to the files module's upload
 * operation (the one the back office calls), which sniffs it, bounds its size and records who
 * uploaded it. A translation then names it in its `file` field.
 */
export function registerFileUploadRoutes(api: ApiInstance, files: FilesModule): void {
  // Streamed as it arrives; the operation enforces the size limit itself.
  api.addContentTypeParser('application/pdf', (_request, payload, done) => done(null, payload));

  api.post(
    '/files',
    {
      schema: {
        operationId: 'uploadFile',
        tags: ['management'],
        summary: 'Upload a PDF to the files library',
        description:
          'Send the file as the body (`Content-Type: application/pdf`). It is accepted only if its first bytes are a PDF header (`%PDF-` and a version), whatever its name; it must not be empty nor larger than the site accepts. Name it in a translation\'s `file` field (a publication\'s `pdf`) to offer it for download.',
        security: [{ bearerAuth: [] }],
        querystring: Type.Object({ name: Type.Optional(Type.String({ maxLength: 200, description: 'A name to show in the library.' })) }),
        body: Type.Unknown({ description: 'The PDF file.' }),
        response: {
          201: FileAnswer,
          ...WRITE_ERRORS,
          413: problem('The file is larger than the site accepts (`FILE_UPLOAD_TOO_LARGE`).'),
          415: problem('Not a PDF (`FILE_UNSUPPORTED_TYPE`), or not sent as application/pdf.'),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!isReadable(body)) throw new AppError(API_UNSUPPORTED_MEDIA_TYPE, 'validation', 'Send the PDF as the body, with Content-Type: application/pdf.');
      const file = await files.createFileFromUpload(body, { actor: tokenActorOf(request), ...(request.query.name ? { fileName: request.query.name } : {}) });
      return reply.code(201).send(toFileAnswer(file));
    },
  );
}

function isReadable(value: unknown): value is Readable {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function toFileAnswer(file: StoredFile) {
  return { id: file.id, displayName: file.displayName, mime: file.mime, bytes: file.bytes };
}
