/**
 * Who the client is, by address, for the per-address limits (anonymous rate,
 * WebSocket connections). Behind an ingress or load balancer every client has
 * the proxy's address, unless TRUST_PROXY names the proxies whose
 * X-Forwarded-For is believed (addresses, CIDR ranges, or proxy-addr's names
 * `loopback`, `linklocal`, `uniquelocal`, comma-separated). Fastify reads the
 * same setting for HTTP requests; this reads it for WebSocket upgrades, which
 * do not pass through Fastify.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import { env } from '@kaarst/kit/common';

export const trustProxyFromEnv = (): string | undefined => env('TRUST_PROXY');

export function clientAddress(trustProxy: string | undefined): (request: IncomingMessage) => string {
  if (!trustProxy) return (request) => request.socket.remoteAddress ?? 'unknown';
  const trusted = proxyAddr.compile(trustProxy.split(',').map((entry) => entry.trim()));
  // As Fastify does: the nearest address that is not a trusted proxy.
  return (request) => proxyAddr.all(request, trusted).at(-1) ?? 'unknown';
}
