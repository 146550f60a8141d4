import type { ComponentChildren } from 'preact';

/**
 * The API's reference page and error table, rendered on the server from the generated OpenAPI
 * document: no script, no CDN, the site's stylesheet. English, like the document it shows.
 */

export interface SchemaObject {
  readonly [key: string]: unknown;
}

export interface ParameterObject {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly description?: string;
  readonly schema?: SchemaObject;
}

export interface ResponseObject {
  readonly description?: string;
  readonly headers?: Readonly<Record<string, { readonly description?: string }>>;
  readonly content?: Readonly<Record<string, { readonly schema?: SchemaObject }>>;
}

export interface OperationObject {
  readonly operationId?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly parameters?: readonly ParameterObject[];
  readonly requestBody?: { readonly description?: string; readonly content?: Readonly<Record<string, { readonly schema?: SchemaObject }>> };
  readonly responses?: Readonly<Record<string, ResponseObject>>;
}

/** The parts of an OpenAPI 3.1 document the reference page shows. */
export interface OpenApiDocument {
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly servers?: readonly { readonly url: string }[];
  readonly tags?: readonly { readonly name: string; readonly description?: string }[];
  readonly paths?: Readonly<Record<string, Readonly<Record<string, OperationObject>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, SchemaObject>> };
}

export interface ErrorCodeRow {
  readonly code: string;
  readonly status: string;
  readonly when: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export function ApiReferencePage({ doc, stylesheet, openApiUrl, errorsUrl }: { doc: OpenApiDocument; stylesheet: string; openApiUrl: string; errorsUrl: string }) {
  const server = doc.servers?.[0]?.url ?? '';
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method];
      return op ? [{ path, method, op }] : [];
    }),
  );
  const tags = doc.tags ?? [];
  return (
    <Frame title={`${doc.info.title} ${doc.info.version}`} stylesheet={stylesheet}>
      <p>
        Base address: <code>{server}</code>. The machine-readable document: <a href={openApiUrl}>OpenAPI 3.1 (JSON)</a>. Error codes:{' '}
        <a href={errorsUrl}>errors</a>.
      </p>
      {doc.info.description ? <Paragraphs text={doc.info.description} /> : null}
      <nav aria-labelledby="contents">
        <h2 id="contents">Operations</h2>
        <ul>
          {tags.map((tag) => (
            <li>
              <a href={`#tag-${tag.name}`}>{tag.name}</a>
              <ul>
                {operations
                  .filter((o) => o.op.tags?.includes(tag.name))
                  .map((o) => (
                    <li>
                      <a href={`#${o.op.operationId ?? ''}`}>
                        <code>{o.method.toUpperCase()} {o.path}</code>
                      </a>{' '}
                      {o.op.summary}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          {tag.description ? <p>{tag.description}</p> : null}
          {operations
            .filter((o) => o.op.tags?.includes(tag.name))
            .map((o) => (
              <Operation server={server} method={o.method} path={o.path} op={o.op} />
            ))}
        </section>
      ))}
      {doc.components?.schemas ? (
        <section aria-labelledby="schemas">
          <h2 id="schemas">Schemas</h2>
          {Object.entries(doc.components.schemas).map(([name, schema]) => (
            <>
              <h3 id={`schema-${name}`}>{name}</h3>
              <pre>
                <code>{JSON.stringify(schema, null, 2)}</code>
              </pre>
            </>
          ))}
        </section>
      ) : null}
    </Frame>
  );
}

function Operation({ server, method, path, op }: { server: string; method: string; path: string; op: OperationObject }) {
  const id = op.operationId ?? `${method}-${path}`;
  const parameters = op.parameters ?? [];
  return (
    <article aria-labelledby={id}>
      <h3 id={id}>
        <code>
          {method.toUpperCase()} {server}
          {path}
        </code>{' '}
        — {op.summary}
      </h3>
      <p>
        Operation id: <code>{op.operationId}</code>
      </p>
      {op.description ? <Paragraphs text={op.description} /> : null}
      {parameters.length > 0 ? (
        <table>
          <caption>Parameters of {op.operationId}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Required</th>
              <th scope="col">Schema</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr>
                <th scope="row">
                  <code>{p.name}</code>
                </th>
                <td>{p.in}</td>
                <td>{p.required ? 'yes' : 'no'}</td>
                <td>
                  <code>{schemaSummary(p.schema)}</code>
                </td>
                <td>{p.description ?? describe(p.schema)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {op.requestBody ? (
        <>
          <h4>Request body</h4>
          {Object.entries(op.requestBody.content ?? {}).map(([type, media]) => (
            <SchemaBlock label={type} schema={media.schema} />
          ))}
        </>
      ) : null}
      <table>
        <caption>Responses of {op.operationId}</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Description</th>
            <th scope="col">Content type</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(op.responses ?? {}).map(([status, response]) => (
            <tr>
              <th scope="row">{status}</th>
              <td>{response.description}</td>
              <td>{Object.keys(response.content ?? {}).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {Object.entries(op.responses ?? {}).flatMap(([status, response]) =>
        Object.entries(response.content ?? {}).map(([type, media]) => <SchemaBlock label={`${status} ${type}`} schema={media.schema} />),
      )}
    </article>
  );
}

function SchemaBlock({ label, schema }: { label: string; schema: SchemaObject | undefined }) {
  if (!schema) return null;
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').at(-1) : undefined;
  return (
    <details>
      <summary>Schema of {label}</summary>
      {ref ? (
        <p>
          See <a href={`#schema-${ref}`}>{ref}</a>.
        </p>
      ) : (
        <pre>
          <code>{JSON.stringify(schema, null, 2)}</code>
        </pre>
      )}
    </details>
  );
}

export function ErrorCodesPage({ rows, stylesheet, referenceUrl }: { rows: readonly ErrorCodeRow[]; stylesheet: string; referenceUrl: string }) {
  return (
    <Frame title="Ensemble API: error codes" stylesheet={stylesheet}>
      <p>
        Every error is a problem document (RFC 9457, <code>application/problem+json</code>) whose <code>type</code> links to its code below. Back to
        the <a href={referenceUrl}>API reference</a>.
      </p>
      <table>
        <caption>Error codes</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Status</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr id={row.code}>
              <th scope="row">
                <code>{row.code}</code>
              </th>
              <td>{row.status}</td>
              <td>{row.when}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

function Frame({ title, stylesheet, children }: { title: string; stylesheet: string; children: ComponentChildren }) {
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <main id="main" class="wrap api-reference">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((p) => (
        <p>{inline(p.replace(/\s*\n\s*/g, ' '))}</p>
      ))}
    </>
  );
}

/**
 * The few marks the descriptions use (**strong**, `code`, [text](address)) as elements; everything
 * else, and every mark's content, stays text escaped by Preact. Links go only to this site's paths.
 */
function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\((\/[^)\s]*)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out.push(text.slice(last, match.index));
    if (match[1] !== undefined) out.push(<strong>{match[1]}</strong>);
    else if (match[2] !== undefined) out.push(<code>{match[2]}</code>);
    else out.push(<a href={match[4]}>{match[3]}</a>);
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** "string, enum fr | en" — enough to read a parameter at a glance. */
function schemaSummary(schema: SchemaObject | undefined): string {
  if (!schema) return '';
  const parts: string[] = [];
  if (typeof schema.type === 'string') parts.push(schema.type);
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.join(' | ')}`);
  if (typeof schema.minimum === 'number' || typeof schema.maximum === 'number') parts.push(`${schema.minimum ?? ''}–${schema.maximum ?? ''}`);
  if (typeof schema.maxLength === 'number') parts.push(`≤ ${schema.maxLength} characters`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(', ');
}

function describe(schema: SchemaObject | undefined): string {
  return schema && typeof schema.description === 'string' ? schema.description : '';
}
