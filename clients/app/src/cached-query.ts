/**
 * A query whose last answer is kept for offline (last-data.ts): fresh from the graph when
 * there is network, else the kept one with its "Stand".
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AnyVariables } from '@urql/core';
import { createSignal } from 'solid-js';
import { client } from './graphql-client.ts';
import { recall, remember } from './last-data.ts';

export interface CachedAnswer<T> {
  data: T;
  /** When it came from the graph. */
  at: string;
  /** True when this is the kept answer (the graph could not be reached). */
  stale: boolean;
}

export function createCachedQuery<T, V extends AnyVariables>(key: string, document: TypedDocumentNode<T, V>) {
  const [answer, setAnswer] = createSignal<CachedAnswer<T> | null>(null);
  const [failed, setFailed] = createSignal(false);
  async function load(variables: V, variant = '') {
    const storageKey = variant ? `${key}:${variant}` : key;
    const result = await client().query(document, variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      const at = new Date().toISOString();
      remember(storageKey, result.data);
      setAnswer({ data: result.data, at, stale: false });
      setFailed(false);
      return;
    }
    const kept = recall<T>(storageKey);
    setAnswer(kept ? { ...kept, stale: true } : null);
    setFailed(!kept);
  }
  return { answer, failed, load };
}
