import { connect } from 'node:net';
import {
  CONTEXT_HEADER,
  generateHubKeys,
  type HubKeys,
  type PrismaLike,
  type RunningSubgraph,
  signContextToken,
} from '@kaarst/kit';
import { listSubgraphs } from '@kaarst/kit/registry';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ROOT, subgraphDefinition } from '../harness.ts';

/** Every registered subgraph: a new one is tested without touching this file. */
const SUBGRAPHS = listSubgraphs(ROOT).map((entry) => entry.name);

/** Sends raw bytes (any headers, as curl would) and returns what came back until the server closed or 3 s passed. */
function rawHttp(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(3000, done);
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', done);
    socket.on('error', done);
    socket.write(request);
  });
}

const SDL_QUERY = JSON.stringify({ query: '{ _service { sdl } }' });
const post = (headers: string[]) =>
  [
    'POST /graphql HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(SDL_QUERY)}`,
    ...headers,
    'Connection: close',
    '',
    SDL_QUERY,
  ].join('\r\n');
const get = (headers: string[], target = `/graphql?query=${encodeURIComponent('{ _service { sdl } }')}`) =>
  [`GET ${target} HTTP/1.1`, 'Host: 127.0.0.1', ...headers, '', ''].join('\r\n');

/** What a graphql-transport-ws handshake on the subgraph answers to connection_init with this payload. */
function wsInit(url: string, payload: Record<string, unknown>): Promise<'ack' | 'refused'> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const finish = (outcome: 'ack' | 'refused') => {
      socket.terminate();
      resolve(outcome);
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) =>
      finish(JSON.parse(data.toString()).type === 'connection_ack' ? 'ack' : 'refused'),
    );
    socket.on('close', () => finish('refused'));
    socket.on('error', () => finish('refused'));
  });
}

/**
 * Subgraphs answer only the gateway: every request must carry its signed
 * context token, whatever headers come with it. Only a real WebSocket
 * handshake on /graphql skips the HTTP check, and then connection_init must
 * carry the token. Checked on every subgraph in subgraphs/.
 */
describe.each(SUBGRAPHS)('the %s subgraph answers only the gateway', (folder) => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaLike>;
  let port: number;
  let token: string;

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(await subgraphDefinition(folder), { keys, runBackground: false });
    port = Number(new URL(subgraph.url).port);
    token = await signContextToken(keys, null);
  });
  afterAll(() => subgraph?.close());

  const refused = (answer: string) => {
    expect(answer).not.toContain('_service');
    expect(answer).not.toContain('@link');
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d/);
  };

  it('serves the gateway (control)', async () => {
    const answer = await rawHttp(port, post([`${CONTEXT_HEADER}: ${token}`]));
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('_service');
  });

  it('refuses a POST without the token, whatever Upgrade header it carries', async () => {
    for (const headers of [
      [],
      ['Upgrade: foo'],
      ['Upgrade: websocket'],
      ['Upgrade: h2c', 'HTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA'],
    ]) {
      const answer = await rawHttp(port, post(headers));
      refused(answer);
      expect(answer).toMatch(/^HTTP\/1\.1 401/);
    }
  });

  it('refuses a GET query without the token, also one dressed as a WebSocket handshake', async () => {
    refused(await rawHttp(port, get(['Connection: close'])));
    refused(await rawHttp(port, get(['Upgrade: websocket', 'Connection: close'])));
    // A real upgrade request without the WebSocket key: no handshake, and no query either.
    refused(await rawHttp(port, get(['Upgrade: websocket', 'Connection: Upgrade'])));
    refused(
      await rawHttp(
        port,
        post([
          'Upgrade: websocket',
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        ]),
      ),
    );
  });

  it('refuses every other path without the token, except health and metrics', async () => {
    for (const target of [
      '/oparl/v1.1/system',
      '/open311/v2/services.json',
      '/attachments/files/x',
      '/anything',
    ]) {
      const answer = await rawHttp(port, get(['Connection: close'], target));
      expect(answer, target).toMatch(/^HTTP\/1\.1 401/);
    }
    expect(await rawHttp(port, get(['Connection: close'], '/health/live'))).toMatch(/^HTTP\/1\.1 200/);
  });

  it('acknowledges a WebSocket only with a valid context token in connection_init', async () => {
    expect(await wsInit(subgraph.url, {})).toBe('refused');
    expect(await wsInit(subgraph.url, { [CONTEXT_HEADER]: 'forged' })).toBe('refused');
    const foreign = await signContextToken(await generateHubKeys(), null);
    expect(await wsInit(subgraph.url, { [CONTEXT_HEADER]: foreign })).toBe('refused');
    expect(await wsInit(subgraph.url, { [CONTEXT_HEADER]: token })).toBe('ack');
  });
});
