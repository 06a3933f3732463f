// A small static server for the built page: gzip, the headers from public/_headers, loopback only.
// Used by the browser tests and the benchmark; `npm run preview` is Vite's own.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** Reads a Netlify-style _headers file: the headers listed under "/*". */
export function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export interface ServeOptions {
  root: string;
  port?: number;
  /** Extra or replacing headers, e.g. a test's frame-ancestors. */
  headers?: Record<string, string>;
  /** Compress responses for clients that accept gzip (the default), as a real host would. */
  gzip?: boolean;
}

export interface Served {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

export async function serve({ root, port = 0, headers = {}, gzip = true }: ServeOptions): Promise<Served> {
  const base = resolve(root);
  let fileHeaders: Record<string, string> = {};
  try {
    fileHeaders = parseHeaders(await readFile(join(base, '_headers'), 'utf8'));
  } catch {
    fileHeaders = {};
  }
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) throw new Error('outside root');
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const compress = gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && body.length > 256;
      const out = compress ? gzipSync(body, { level: 6 }) : body;
      response.writeHead(200, {
        ...fileHeaders,
        ...headers,
        'Content-Type': type,
        'Content-Length': out.length,
        'Cache-Control': 'no-store',
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      response.end(out);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    server,
    origin,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
