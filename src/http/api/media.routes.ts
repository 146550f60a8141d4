import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { ImageAsset, MediaModule } from '../../modules/media/index.ts';
import { AppError } from '../../platform/errors.ts';
import { API_UNSUPPORTED_MEDIA_TYPE } from '../http.errors.ts';
import type { ApiInstance } from './api-types.ts';
import { tokenActorOf } from './management-auth.ts';
import { WRITE_ERRORS } from './management-schemas.ts';
import { problem } from './api-schemas.ts';

const ImageAnswer = Type.Object(
  {
    id: Type.String(),
    displayName: Type.String(),
    width: Type.Integer(),
    height: Type.Integer(),
    sourceType: Type.Union([Type.String(), Type.Null()]),
    sourceBytes: Type.Union([Type.Integer(), Type.Null()]),
    variants: Type.Array(Type.Object({ format: Type.String(), width: Type.Integer(), height: Type.Integer(), url: Type.String(), bytes: Type.Integer() })),
  },
  { description: 'An image of the media library: metadata-free AVIF, WebP and JPEG renditions, never the original file.' },
);

/**
 * Image upload for API clients: the body is the image itself, streamed to the media module's
 * upload operation (the one the back office calls), which sniffs its type from its first bytes,
 * bounds its size and pixels, and records who uploaded it.
 */
export function registerMediaRoutes(api: ApiInstance, media: MediaModule): void {
  // Streamed as it arrives; the operation enforces the size limit itself.
  api.addContentTypeParser(/^(image\/|application\/octet-stream)/, (_request, payload, done) => done(null, payload));

  api.post(
    '/media',
    {
      schema: {
        operationId: 'uploadImage',
        tags: ['management'],
        summary: 'Upload an image to the media library',
        description:
          'Send the file as the body (`Content-Type: image/…`). Its type is read from its first bytes, never from the name or the header: JPEG, PNG, WebP, AVIF/HEIF and GIF are accepted; SVG, HTML and anything else are refused (415). Alt text is added per locale afterwards, in the back office; publishing checks it.',
        security: [{ bearerAuth: [] }],
        querystring: Type.Object({ name: Type.Optional(Type.String({ maxLength: 200, description: 'A name to show in the library.' })) }),
        body: Type.Unknown({ description: 'The image file.' }),
        response: { 201: ImageAnswer, ...WRITE_ERRORS, 413: problem('The file is larger than the site accepts (`MEDIA_UPLOAD_TOO_LARGE`).'), 415: problem('Not an image the site accepts (`MEDIA_UNSUPPORTED_TYPE`).'), 422: problem('The image cannot be decoded or has too many pixels.') },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!isReadable(body)) throw new AppError(API_UNSUPPORTED_MEDIA_TYPE, 'validation', 'Send the image as the body, with an image/* Content-Type.');
      const image = await media.createImageFromUpload(body, { actor: tokenActorOf(request), ...(request.query.name ? { fileName: request.query.name } : {}) });
      return reply.code(201).header('location', `/api/v1/media/${image.id}`).send(toImageAnswer(image));
    },
  );
}

function isReadable(value: unknown): value is Readable {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function toImageAnswer(image: ImageAsset) {
  return {
    id: image.id,
    displayName: image.displayName,
    width: image.width,
    height: image.height,
    sourceType: image.sourceType,
    sourceBytes: image.sourceBytes,
    variants: image.variants.map((v) => ({ format: v.format, width: v.width, height: v.height, url: `/media/${v.file}`, bytes: v.bytes })),
  };
}
