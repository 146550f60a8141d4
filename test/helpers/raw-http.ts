import http from 'node:http';

export interface RawAnswer {
  readonly status: number;
  readonly location: string | null;
  readonly contentType: string;
  readonly body: string;
}

/**
 * GETs the request target exactly as given (fetch would normalise `..` and `//`), asking for HTML.
 * @throws Error when the connection fails or the server takes more than 15 s
 */
export function rawGet(baseUrl: string, target: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port, path: target, method: 'GET', headers: { accept: 'text/html', connection: 'close' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location ?? null,
            contentType: response.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(15_000, () => request.destroy(new Error('timed out after 15 s')));
    request.on('error', reject);
    request.end();
  });
}
