/**
 * Admins: the hub's API keys (apiKeys), with their owner, rate and the last characters of the
 * key (the hub keeps no copy of a key), and revoking one (gateways refuse it within seconds;
 * the citizens subgraph audits it). Revoked keys on request.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  type WorkbenchApiKeyFragment,
  WorkbenchApiKeysDocument,
  WorkbenchRevokeApiKeyDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

export function ApiKeysPage() {
  const [includeRevoked, setIncludeRevoked] = createSignal(false);
  const [message, setMessage] = createSignal('');
  const [confirming, setConfirming] = createSignal<string | null>(null);
  // The source is an object: Solid does not fetch for a false source.
  const [keys, { mutate }] = createResource(
    () => ({ revoked: includeRevoked() }),
    async ({ revoked }) => {
      const result = await client()
        .query(WorkbenchApiKeysDocument, { includeRevoked: revoked }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error)
        throw new Error(
          errorCode(result.error) === 'FORBIDDEN'
            ? 'Dafür fehlen Ihrem Konto die Rechte.'
            : result.error.message,
        );
      return result.data?.apiKeys ?? [];
    },
  );

  async function revoke(key: WorkbenchApiKeyFragment) {
    const result = await client().mutation(WorkbenchRevokeApiKeyDocument, { id: key.id }).toPromise();
    setConfirming(null);
    if (result.error) return setMessage(`Nicht möglich: ${result.error.message}`);
    const revoked = result.data?.revokeApiKey;
    if (revoked)
      mutate((list) =>
        (list ?? []).flatMap((k) => (k.id !== revoked.id ? [k] : includeRevoked() ? [revoked] : [])),
      );
    setMessage(
      `Schlüssel „${key.name}“ (…${key.hint}) ist widerrufen; die Gateways lehnen ihn in Sekunden ab.`,
    );
  }

  return (
    <section aria-labelledby="keys-title">
      <h1 id="keys-title" tabindex="-1">
        API-Schlüssel
      </h1>
      <div class="toolbar">
        <label class="check">
          <input
            type="checkbox"
            checked={includeRevoked()}
            onChange={(e) => setIncludeRevoked(e.currentTarget.checked)}
          />{' '}
          Auch widerrufene zeigen
        </label>
      </div>
      <p role="status" class="message" data-testid="keys-message">
        {message()}
      </p>
      <Show when={!keys.error} fallback={<p class="message error">{String(keys.error?.message)}</p>}>
        <Show when={keys()} fallback={<p role="status">Wird geladen …</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>Keine API-Schlüssel.</p>}>
              <table class="schedule" data-testid="key-list">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Inhaber/in</th>
                    <th scope="col">Endet auf</th>
                    <th scope="col">Anfragen je Minute</th>
                    <th scope="col">Ausgestellt</th>
                    <th scope="col">Stand</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(key) => (
                      <tr data-testid={`key-${key.hint}`}>
                        <td>{key.name}</td>
                        <td>{key.owner.displayName}</td>
                        <td>…{key.hint}</td>
                        <td>{key.ratePerMinute}</td>
                        <td>{formatDateTime(key.createdAt)}</td>
                        <td>
                          <Show
                            when={!key.revokedAt}
                            fallback={<span>widerrufen {formatDateTime(key.revokedAt as string)}</span>}
                          >
                            <Show
                              when={confirming() === key.id}
                              fallback={
                                <button type="button" onClick={() => setConfirming(key.id)}>
                                  Widerrufen <span class="visually-hidden">{key.name}</span>
                                </button>
                              }
                            >
                              <button type="button" class="primary" onClick={() => revoke(key)}>
                                Wirklich widerrufen <span class="visually-hidden">{key.name}</span>
                              </button>{' '}
                              <button type="button" onClick={() => setConfirming(null)}>
                                Abbrechen
                              </button>
                            </Show>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
