import { randomBytes } from 'node:crypto';

export type MultipartPart =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly filename: string; readonly type?: string; readonly body: Buffer };

/**
 * A multipart/form-data body as a browser builds it: a file name has its LF, CR and `"` written
 * %0A, %0D and %22 (HTML's form encoding); `rawNames` sends them as they are, like a hostile client.
 */
export function multipartBody(parts: readonly MultipartPart[], options: { rawNames?: boolean } = {}) {
  const boundary = `----ensembleTest${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('filename' in part) {
      const filename = options.rawNames ? part.filename : part.filename.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${part.name}"; filename="${filename}"\r\nContent-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`));
      chunks.push(part.body, Buffer.from('\r\n'));
    } else {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
