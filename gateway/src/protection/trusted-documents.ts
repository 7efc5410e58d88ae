/**
 * Trusted documents: the operations of our own clients, written by codegen to each client's
 * persisted-documents.json ("sha256:<hash>": text; clients/<name>/package.json "hub" says where,
 * and whether a shipped client sends them: only those are trusted by default).
 * Clients send just the hash (Apollo's persisted-query extension); the gateway
 * knows the text already. When enforced (production by default), only these
 * documents run; automatic persisted queries work as usual otherwise.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  InMemoryLRUCache,
  type KeyValueCache,
  type KeyValueCacheSetOptions,
} from '@apollo/utils.keyvaluecache';
import { env, workspaceRoot } from '@kaarst/kit/common';
import { clientDocuments } from '@kaarst/kit/registry';
import { refusal } from './refusals.ts';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** TRUSTED_DOCUMENTS_PATH, else the shipped clients' manifests (clients/<name>/package.json "hub"). */
export function defaultTrustedDocumentFiles(): string[] {
  const file = env('TRUSTED_DOCUMENTS_PATH');
  if (file) return [file];
  return clientDocuments(workspaceRoot())
    .filter((client) => client.shipped)
    .map((client) => client.file);
}

/** The manifests by hash; a hash that does not match its text is a broken build, refused loudly. */
export function loadTrustedDocuments(files: string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files.filter((f) => existsSync(f))) {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(manifest)) {
      const hash = key.replace(/^sha256:/, '');
      if (sha256(text) !== hash) throw new Error(`${file}: ${key} is not the sha256 of its document`);
      documents.set(hash, text);
    }
  }
  return documents;
}

/**
 * Apollo Server's persisted-query store with the trusted documents in it from
 * the start (Apollo asks it for "apq:<hash>"); other registrations go to an LRU.
 */
export class TrustedDocumentStore implements KeyValueCache<string> {
  private readonly registered = new InMemoryLRUCache<string>({ maxSize: 2 ** 22 });
  constructor(private readonly trusted: ReadonlyMap<string, string>) {}
  async get(key: string): Promise<string | undefined> {
    return this.trusted.get(key.replace(/^apq:/, '')) ?? this.registered.get(key);
  }
  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.registered.set(key, value, options);
  }
  async delete(key: string): Promise<boolean> {
    return this.registered.delete(key);
  }
}

/**
 * Enforcement: a document that is not trusted is refused (PERSISTED_QUERY_NOT_TRUSTED),
 * unless the caller is a third-party application with an API key (it may send any
 * document, within its rate limit and the operation limits).
 * It reads the hash of the text as sent, so it must run before any plugin that
 * rewrites the document (authorization).
 */
export function trustedDocumentsPlugin(
  trusted: ReadonlyMap<string, string>,
): ApolloServerPlugin<{ apiKey: unknown }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, contextValue }) {
          if (trusted.has(queryHash) || contextValue.apiKey) return;
          throw refusal(
            'PERSISTED_QUERY_NOT_TRUSTED',
            'This gateway runs only the registered documents of its own clients; send the document id (sha256) of one, or an API key (X-API-Key) to send your own documents.',
          );
        },
      };
    },
  };
}
