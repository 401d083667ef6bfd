import { request } from 'node:http';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
}

/** How the deploy talks HTTP to the VIP, the stats pages and the web servers (a fake in unit tests). */
export interface HttpClient {
  /** Rejects when no response came (refused, timed out); any status resolves. */
  request(url: string, options: HttpRequestOptions): Promise<HttpResponse>;
}

const MAX_BODY_BYTES = 4 * 1024 * 1024;

export const nodeHttpClient: HttpClient = {
  request(url, options) {
    return new Promise((resolve, reject) => {
      const req = request(url, { method: options.method ?? 'GET', headers: { connection: 'close', ...options.headers }, timeout: options.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY_BYTES) chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${options.timeoutMs} ms`)));
      req.on('error', reject);
      req.end();
    });
  },
};
