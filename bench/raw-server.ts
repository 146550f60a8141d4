// Node's ceiling: answers every request with the same bytes from memory, and 304 when the client
// already holds them. Usage: node --import tsx bench/raw-server.ts PORT BODY_FILE HEADERS_JSON_FILE
import fs from 'node:fs';
import http from 'node:http';

const [portArg, bodyFile, headersFile] = process.argv.slice(2);
if (!portArg || !bodyFile || !headersFile) throw new Error('usage: raw-server.ts PORT BODY_FILE HEADERS_JSON_FILE');
const body = fs.readFileSync(bodyFile);
const headers = JSON.parse(fs.readFileSync(headersFile, 'utf8')) as Record<string, string>;
const etag = headers.etag ?? '"raw"';
const withLength = { ...headers, etag, 'content-length': String(body.length) };
const notModified = Object.fromEntries(Object.entries(withLength).filter(([name]) => !['content-length', 'content-encoding', 'content-type'].includes(name)));

http
  .createServer((request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, notModified).end();
      return;
    }
    response.writeHead(200, withLength).end(body);
  })
  .listen(Number(portArg), '127.0.0.1', () => process.stdout.write('ready\n'));
