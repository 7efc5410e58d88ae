/**
 * How the gateway's data sources talk HTTP to subgraphs: the fetch function
 * Apollo's RemoteGraphQLDataSource calls, over undici's dispatcher on the
 * subgraph's own connection pool, with identical query fetches in flight shared.
 *
 * - undici's dispatcher (a handler collecting the answer, the way its `request`
 *   works underneath) instead of its WHATWG `fetch`: fetch's web streams and
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
import type { Agent } from 'undici';
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
  /** The answer's header lines as undici hands them over: name, value, name, value, … */
  rawHeaders: Buffer[];
  text: string;
}

/** The value of one header of an answer (names compared without case, repeated ones joined), or null. */
function headerOf(rawHeaders: Buffer[], name: string): string | null {
  const wanted = name.toLowerCase();
  let found: string | null = null;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if ((rawHeaders[i] as Buffer).toString('latin1').toLowerCase() !== wanted) continue;
    const value = (rawHeaders[i + 1] as Buffer).toString('latin1');
    found = found === null ? value : `${found}, ${value}`;
  }
  return found;
}

/** Where a subgraph URL points, as undici's dispatcher wants it (parsed once per URL). */
const targets = new Map<string, { origin: string; path: string }>();
function targetOf(url: string): { origin: string; path: string } {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    if (targets.size < 256) targets.set(url, target);
  }
  return target;
}

/**
 * One fetch as undici's dispatcher handler: the answer's status, header lines and body chunks
 * collected as they come, without the Readable stream (and its ticks) and the async resource
 * per request that undici's `request` adds around the same dispatch (bench/RESULTS.md, issue 28).
 * The errors are the ones `request` rejects with (socket errors, or the abort's reason).
 */
class Collector {
  private abort: ((reason: Error) => void) | undefined;
  private reason: Error | undefined;
  private statusCode = 0;
  private rawHeaders: Buffer[] = [];
  private readonly chunks: Buffer[] = [];
  private settled = false;

  constructor(
    private readonly resolve: (answer: Answer) => void,
    private readonly reject: (error: Error) => void,
  ) {}

  /** Aborts the fetch (its time is up): at once, or as soon as undici starts it. */
  cancel(reason: Error): void {
    if (this.settled) return;
    this.reason = reason;
    this.abort?.(reason);
  }

  onConnect(abort: (reason: Error) => void): void {
    if (this.reason) abort(this.reason);
    else this.abort = abort;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[]): boolean {
    // 1xx (e.g. 100 Continue) is not the answer.
    if (statusCode < 200) return true;
    this.statusCode = statusCode;
    this.rawHeaders = rawHeaders;
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    if (this.settled) return;
    this.settled = true;
    const { chunks } = this;
    const text =
      chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8');
    this.resolve({ statusCode: this.statusCode, rawHeaders: this.rawHeaders, text });
  }

  onError(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }
}

async function send(pool: Agent, timeoutMs: number, url: string, init: FetchInit): Promise<Answer> {
  const { origin, path } = targetOf(url);
  let collector: Collector | undefined;
  const answer = new Promise<Answer>((resolve, reject) => {
    collector = new Collector(resolve, reject);
  });
  // The time limit, as AbortSignal.timeout(timeoutMs) would abort it (a DOMException named
  // TimeoutError), but with a timer cleared once the answer is in: AbortSignal.timeout leaves a
  // timer per fetch pending for the whole limit (10 s), i.e. ~10 000 of them under load.
  const timer = setTimeout(
    () => collector?.cancel(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    timeoutMs,
  );
  // Like AbortSignal.timeout's: the limit alone keeps no process alive.
  timer.unref();
  try {
    pool.dispatch(
      {
        origin,
        path,
        method: (init.method ?? 'POST') as 'POST',
        headers: init.headers ?? {},
        body: init.body ?? null,
      },
      collector as Collector,
    );
    return await answer;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw error;
    throw new TypeError('fetch failed', { cause: error });
  } finally {
    clearTimeout(timer);
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
    const { statusCode, rawHeaders, text } = await pending;
    return {
      ok: statusCode >= 200 && statusCode < 300,
      status: statusCode,
      statusText: STATUS_CODES[statusCode] ?? '',
      url,
      headers: {
        get: (name: string): string | null => headerOf(rawHeaders, name),
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
