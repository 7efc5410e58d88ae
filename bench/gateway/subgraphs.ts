/**
 * The four benchmark subgraphs, each on its own port of one plain node:http
 * process (graphql-js with a schema from @apollo/subgraph), built to be cheap
 * so that the gateway, not they, is the bottleneck: documents are parsed and
 * validated once, and since the data is fixed, the answer to a body already
 * seen is sent again from memory.
 *
 * As a process (`tsx subgraphs.ts`): starts them on free ports and prints
 * `{"type":"ready","urls":{name:url}}`; SIGTERM stops them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@kaarst/kit';
import { type DocumentNode, execute, type GraphQLSchema, parse, validate } from 'graphql';
import { SUBGRAPHS, type SubgraphDefinition } from './schemas.ts';

export interface RunningSubgraphs {
  urls: Record<string, string>;
  close(): Promise<void>;
}

const MAX_CACHED = 10_000;

function handler(subgraph: SubgraphDefinition, counter: { n: number }) {
  const schema: GraphQLSchema = buildSubgraphSchema([
    { typeDefs: parse(subgraph.typeDefs), resolvers: subgraph.resolvers as GraphQLResolverMap },
  ]);
  const documents = new Map<string, DocumentNode | readonly Error[]>();
  const answers = new Map<string, string>();

  const answer = async (body: string): Promise<string> => {
    const cached = answers.get(body);
    if (cached !== undefined) return cached;
    const { query, variables, operationName } = JSON.parse(body) as {
      query: string;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    let document = documents.get(query);
    if (!document) {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      document = errors.length > 0 ? errors : parsed;
      documents.set(query, document);
    }
    const result = Array.isArray(document)
      ? { errors: document.map((error) => ({ message: error.message })) }
      : await execute({
          schema,
          document: document as DocumentNode,
          variableValues: variables ?? null,
          operationName: operationName ?? null,
        });
    const text = JSON.stringify(result);
    if (answers.size < MAX_CACHED) answers.set(body, text);
    return text;
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST') counter.n++;
      if (request.method === 'GET') {
        // /health for the gateways' checks, /stats for the runner: requests answered so far.
        const body = request.url === '/stats' ? { requests: counter.n } : { status: 'ok' };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        return;
      }
      answer(Buffer.concat(chunks).toString('utf8')).then(
        (text) => response.writeHead(200, { 'content-type': 'application/json' }).end(text),
        (error: Error) =>
          response
            .writeHead(400, { 'content-type': 'application/json' })
            .end(JSON.stringify({ errors: [{ message: error.message }] })),
      );
    });
  };
}

/** Starts the four subgraphs on free ports of 127.0.0.1. */
export async function startSubgraphs(): Promise<RunningSubgraphs> {
  const servers: Server[] = [];
  const urls: Record<string, string> = {};
  for (const subgraph of SUBGRAPHS) {
    const server = createServer({ keepAliveTimeout: 60_000 }, handler(subgraph, { n: 0 }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls[subgraph.name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  return {
    urls,
    async close() {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const running = await startSubgraphs();
  process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
  process.stdout.write(`${JSON.stringify({ type: 'ready', urls: running.urls })}\n`);
}
