/**
 * The hub's public address, for absolute URLs in answers (OParl ids, links):
 * HUB_PUBLIC_URL where the operator set it, else what the gateway says its own
 * address is (PUBLIC_URL_HEADER; in development the address it listens on).
 * Never the Host header a caller sent: whoever controls it would choose the
 * links other people receive (cache poisoning, phishing links in open data).
 */
import type { FastifyRequest } from 'fastify';
import { env } from './config.ts';

/** The gateway's public base URL, passed to subgraphs with every forwarded request. */
export const PUBLIC_URL_HEADER = 'x-hub-public-url';

/** HUB_PUBLIC_URL without a trailing slash, after checking that it is an http(s) URL. */
export function configuredPublicUrl(): string | undefined {
  const configured = env('HUB_PUBLIC_URL');
  if (configured === undefined) return undefined;
  const url = new URL(configured);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`HUB_PUBLIC_URL must be an http(s) URL, got "${configured}"`);
  return configured.replace(/\/+$/, '');
}

/**
 * The public base URL for a request reaching a subgraph: HUB_PUBLIC_URL, else
 * the gateway's (the header only the gateway sends: subgraphs answer nobody
 * else), else this server's own listening address.
 */
export function publicBaseUrl(request: FastifyRequest): string {
  const configured = configuredPublicUrl();
  if (configured) return configured;
  const fromGateway = request.headers[PUBLIC_URL_HEADER];
  if (typeof fromGateway === 'string' && /^https?:\/\/[^\s/]+/.test(fromGateway))
    return fromGateway.replace(/\/+$/, '');
  const address = request.socket.address();
  const local = 'port' in address ? `127.0.0.1:${address.port}` : '127.0.0.1';
  return `http://${local}`;
}
