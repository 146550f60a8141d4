import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ContentReader, ReadOptions } from '../../modules/content/index.ts';
import type { SearchModule } from '../../modules/search/index.ts';
import type { VideoAsset } from '../../modules/video/index.ts';
import type { StoredFile } from '../../modules/files/index.ts';
import type { DeliveryContext } from './delivery-model.tsx';

/** The API's Fastify context: request and reply types come from each route's TypeBox schemas. */
export type ApiInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** What the delivery routes read: the content reader (published content only), search and videos. */
export interface DeliveryDeps extends DeliveryContext {
  readonly reader: ContentReader;
  readonly search: SearchModule;
  readonly findVideos: (ids: readonly string[]) => Promise<VideoAsset[]>;
  readonly findFiles: (ids: readonly string[]) => Promise<StoredFile[]>;
  /** The fallback policy in force, read per request (editors change it at run time). */
  readonly readOptions: () => Promise<ReadOptions>;
}
