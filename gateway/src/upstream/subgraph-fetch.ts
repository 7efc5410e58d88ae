/**
 * How the gateway's data sources talk HTTP to subgraphs: the fetch function
 * Apollo's RemoteGraphQLDataSource calls, over undici's request API on the
 * subgraph's own connection pool, with identical query fetches in flight shared.
 *
 * - undici's `request` instead of its WHATWG `fetch`: fetch's web streams and
 *   Request/Response objects cost more CPU than the rest of a subgraph call
 *   (measured in bench/RESULTS.md, issue 9). The answer is read whole and
 *   handed over as the few Response members the data source uses. Errors look
 *   like fetch's: a TypeError whose cause is the socket error (the retry of a
 *   dropped connection reads it there); a timeout is its own error.
 * - Sharing: a fetch marked with SHARE_KEY (willSendRequest marks query fetches
 *   with who they are for: viewer and API key) waits for an identical one
 *   already in flight (same subgraph, same viewer, same body) instead of
 *   sending its own. Each caller still parses its own copy of the answer, since
 *   Apollo's executor merges into what it gets. Mutations are never marked.
 */
import { STATUS_CODES } from 'node:http';
import { type Agent, request } from 'undici';
import type { GatewayContext } from '../context.ts';

/** The header that marks a shareable fetch; taken off before sending. */
export const SHARE_KEY = 'x-kaarst-share-key';

interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

async function send(pool: Agent, timeoutMs: number, url: string, init: FetchInit): Promise<Answer> {
  try {
    const answer = await request(url, {
      dispatcher: pool,
      method: (init.method ?? 'POST') as 'POST',
      headers: init.headers ?? {},
      body: init.body ?? null,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { statusCode: answer.statusCode, headers: answer.headers, text: await answer.body.text() };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw error;
    throw new TypeError('fetch failed', { cause: error });
  }
}

/** The fetcher for one subgraph's data source: its pool, its time limit per fetch. */
export function subgraphFetcher(pool: Agent, timeoutMs: number) {
  const inFlight = new Map<string, Promise<Answer>>();
  return async (url: string, init: FetchInit) => {
    const marked = init.headers?.[SHARE_KEY];
    let pending: Promise<Answer>;
    if (marked === undefined) pending = send(pool, timeoutMs, url, init);
    else {
      delete init.headers?.[SHARE_KEY];
      const key = `${marked}\n${init.body}`;
      const shared = inFlight.get(key);
      if (shared) pending = shared;
      else {
        pending = send(pool, timeoutMs, url, init).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
    }
    const { statusCode, headers, text } = await pending;
    return {
      ok: statusCode >= 200 && statusCode < 300,
      status: statusCode,
      statusText: STATUS_CODES[statusCode] ?? '',
      url,
      headers: {
        get(name: string): string | null {
          const value = headers[name.toLowerCase()];
          return Array.isArray(value) ? value.join(', ') : (value ?? null);
        },
      },
      json: async () => JSON.parse(text),
      text: async () => text,
    };
  };
}

const shareKeys = new WeakMap<object, string>();

/** Who a request's fetches are for: fetches may be shared only between requests of the same viewer and API key. */
export function shareKey(context: GatewayContext): string {
  let key = shareKeys.get(context);
  if (key === undefined) {
    key = JSON.stringify([context.viewer, context.apiKey]);
    shareKeys.set(context, key);
  }
  return key;
}
