/**
 * Plain Apollo Gateway under Apollo Server's standalone server, with their
 * defaults: the reference every other gateway is compared with.
 * Environment: PORT, SUPERGRAPH_PATH (URLs inside).
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ready } from './child.ts';

const server = new ApolloServer({
  gateway: new ApolloGateway({ supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH as string, 'utf8') }),
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
});
ready(url, () => server.stop());
