/** The family tests' way to ask the subgraph as a viewer: the answer, its error codes, or its data. */
import type { HubKeys, Viewer } from '@kaarst/kit';
import { subgraphRequest } from '@kaarst/kit/testing';
import { expect } from 'vitest';

type Variables = Record<string, unknown>;

/** `target` is read at each call (the subgraph starts in beforeAll). */
export function askers(target: () => { url: string; keys: HubKeys }) {
  const ask = (viewer: Viewer | null, query: string, variables?: Variables) =>
    // biome-ignore lint/suspicious/noExplicitAny: answers of many shapes
    subgraphRequest<any>(target().url, target().keys, viewer, query, variables);
  const codes = async (viewer: Viewer | null, query: string, variables?: Variables) =>
    (await ask(viewer, query, variables)).errors?.map((e) => e.extensions?.code);
  const ok = async (viewer: Viewer | null, query: string, variables?: Variables) => {
    const answer = await ask(viewer, query, variables);
    expect(answer.errors, query).toBeUndefined();
    return answer.data;
  };
  return { ask, codes, ok };
}
