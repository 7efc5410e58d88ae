/**
 * The production trusted set (the shipped clients' persisted-documents.json files): one operation,
 * one document. Two clients that send the same operation share it (@kaarst/ui's operations), so the
 * set never holds two documents that differ only in their operation's name.
 */
import { readFileSync } from 'node:fs';
import { clientDocuments } from '@kaarst/kit/registry';
import { type DocumentNode, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.ts';

const shipped = clientDocuments(ROOT).filter((client) => client.shipped);
const documents = shipped.flatMap((client) =>
  Object.entries(JSON.parse(readFileSync(client.file, 'utf8')) as Record<string, string>).map(
    ([id, text]) => ({ client: client.name, id, text, document: parse(text) }),
  ),
);
const operationNames = (document: DocumentNode) =>
  document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []));
/** The document with its operation unnamed: what the gateway would run for it. */
const unnamed = (document: DocumentNode) =>
  print(visit(document, { OperationDefinition: (node) => ({ ...node, name: undefined }) }));

describe('the production trusted set', () => {
  it("is the shipped clients' documents: the portal, the workbench, the app and the displays", () => {
    expect(shipped.map((client) => client.name)).toEqual(
      expect.arrayContaining(['app', 'display', 'staff', 'web']),
    );
    expect(documents.length).toBeGreaterThan(50);
  });

  it('holds each operation once: no two documents differ only in their name', () => {
    const byBody = new Map<string, Set<string>>();
    for (const entry of documents) {
      const names = byBody.get(unnamed(entry.document)) ?? new Set<string>();
      for (const name of operationNames(entry.document)) names.add(`${entry.client}:${name}`);
      byBody.set(unnamed(entry.document), names);
    }
    const repeated = [...byBody.values()]
      .map((names) => [...names])
      .filter((names) => new Set(names.map((n) => n.split(':')[1])).size > 1);
    expect(repeated, 'move the operation to clients/ui/src/operations and share it').toEqual([]);
  });

  it('gives each operation name one text, whichever client sends it', () => {
    const textByName = new Map<string, Set<string>>();
    for (const entry of documents)
      for (const name of operationNames(entry.document))
        textByName.set(name, (textByName.get(name) ?? new Set()).add(entry.id));
    const ambiguous = [...textByName].filter(([, ids]) => ids.size > 1).map(([name]) => name);
    expect(ambiguous).toEqual([]);
  });

  it('shares the sign-in, the request message and the transit operations between clients', () => {
    const sendersOf = (name: string) =>
      [
        ...new Set(documents.filter((d) => operationNames(d.document).includes(name)).map((d) => d.client)),
      ].sort();
    expect(sendersOf('HubSignIn')).toEqual(['app', 'staff', 'web']);
    expect(sendersOf('HubSendRequestMessage')).toEqual(['staff', 'web']);
    expect(sendersOf('HubJourneys')).toEqual(['app', 'web']);
  });
});
