/**
 * Mercurius' gateway (@mercuriusjs/gateway) on Fastify with its defaults. It
 * composes Federation 1 itself from each service's `_service { sdl }` (it
 * cannot read a supergraph): our subgraphs are written in Federation 1 style,
 * so it gets the same graph. Environment: PORT, SUBGRAPH_URLS (JSON).
 */
import mercuriusGateway from '@mercuriusjs/gateway';
import Fastify from 'fastify';
import { ready } from './child.ts';

const urls = JSON.parse(process.env.SUBGRAPH_URLS as string) as Record<string, string>;
const app = Fastify();
await app.register(mercuriusGateway, {
  gateway: { services: Object.entries(urls).map(([name, url]) => ({ name, url })) },
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
ready(`http://127.0.0.1:${process.env.PORT}/graphql`, () => app.close());
