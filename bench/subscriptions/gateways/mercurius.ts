/**
 * Mercurius' gateway (@mercuriusjs/gateway) with its defaults, alone in this
 * process. What is set: the two services with their URLs, subscriptions on,
 * and the hub's context token (a long-lived anonymous one, see shared.ts) as
 * a header on HTTP requests and in connection_init on the services' WebSockets.
 * Environment: PORT, SUBGRAPH_<NAME>_URL, HUB_CONTEXT_TOKEN.
 */
import mercuriusGateway from '@mercuriusjs/gateway';
import Fastify from 'fastify';
import { send } from '../shared.ts';

const token = process.env.HUB_CONTEXT_TOKEN as string;
const service = (name: string, url: string) => ({
  name,
  url,
  wsUrl: url.replace(/^http/, 'ws'),
  initHeaders: { 'x-hub-context': token },
  rewriteHeaders: () => ({ 'x-hub-context': token }),
  wsConnectionParams: { connectionInitPayload: { 'x-hub-context': token } },
});

const app = Fastify();
try {
  await app.register(mercuriusGateway, {
    gateway: {
      services: [
        service('appointments', process.env.SUBGRAPH_APPOINTMENTS_URL as string),
        service('citizens', process.env.SUBGRAPH_CITIZENS_URL as string),
      ],
    },
    subscription: true,
  });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
} catch (error) {
  send({ type: 'error', message: (error as Error).stack ?? String(error) });
  process.exit(1);
}
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
send({ type: 'ready', url: `http://127.0.0.1:${process.env.PORT}/graphql` });
