import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.csv': 'text/csv',
};

/**
 * A plain static server on a free loopback port, as any host serves files: `folder` under `prefix`
 * (so the build can be tried from a sub-folder), extra pages from memory, extra headers on each answer.
 */
export async function serveStatic(options: { folder?: string; prefix?: string; pages?: Record<string, string>; headers?: Record<string, string> }): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const { folder, prefix = '/', pages = {}, headers = {} } = options;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (path in pages) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(pages[path]);
    }
    if (!folder || !path.startsWith(prefix)) {
      response.writeHead(404);
      return response.end('not found');
    }
    let file = normalize(join(folder, path.slice(prefix.length)));
    if (!file.startsWith(normalize(folder))) {
      response.writeHead(403);
      return response.end();
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404);
      return response.end('not found');
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  // Closing ends every connection too: a page still open may hold one (a keep-alive, or a response its
  // background tab is reading slowly), and `server.close` alone would wait for it for ever.
  const close = () => new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return { url: `http://127.0.0.1:${port}`, server, close };
}
