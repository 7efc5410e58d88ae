/**
 * Kaarst Pass decisions: the applications waiting for staff (pendingKaarstPassApplications,
 * oldest first) with approve or reject; a pass decided here can then be suspended, revoked or
 * reactivated. Every step needs a reason, which the holder sees and the audit log keeps.
 * Any other pass is found by its number (kaarstPassByNumber, audited) and acted on the same way.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  type KaarstPassStatus,
  WorkbenchDecidePassDocument,
  WorkbenchPassByNumberDocument,
  type WorkbenchPassFragment,
  WorkbenchPendingPassesDocument,
  WorkbenchReactivatePassDocument,
  WorkbenchRevokePassDocument,
  WorkbenchSuspendPassDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

const STATUS: Record<KaarstPassStatus, string> = {
  PENDING: 'beantragt',
  ACTIVE: 'gültig',
  SUSPENDED: 'gesperrt',
  REVOKED: 'widerrufen',
  REJECTED: 'abgelehnt',
  EXPIRED: 'abgelaufen',
};

type Action = 'approve' | 'reject' | 'suspend' | 'revoke' | 'reactivate';
const ACTIONS: Record<Action, string> = {
  approve: 'Genehmigen (ein Jahr gültig)',
  reject: 'Ablehnen',
  suspend: 'Sperren',
  revoke: 'Widerrufen (endgültig)',
  reactivate: 'Wieder freigeben',
};
const allowed = (status: KaarstPassStatus): Action[] =>
  status === 'PENDING'
    ? ['approve', 'reject']
    : status === 'ACTIVE'
      ? ['suspend', 'revoke']
      : status === 'SUSPENDED'
        ? ['reactivate', 'revoke']
        : [];
const DONE: Record<Action, string> = {
  approve: 'genehmigt',
  reject: 'abgelehnt',
  suspend: 'gesperrt',
  revoke: 'widerrufen',
  reactivate: 'wieder freigegeben',
};
const ERRORS: Record<string, string> = {
  CONFLICT: 'Das geht in diesem Zustand nicht (mehr).',
  BAD_USER_INPUT: 'Bitte einen Grund angeben.',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
  NOT_FOUND: 'Diesen Pass gibt es nicht (mehr).',
};
const LOOKUP_ERRORS: Record<string, string> = {
  NOT_FOUND: 'Keinen Pass mit dieser Nummer gefunden.',
  BAD_USER_INPUT: 'Eine Passnummer sieht so aus: KP-000123.',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
};

async function run(action: Action, id: string, reason: string) {
  const c = client();
  switch (action) {
    case 'approve':
    case 'reject': {
      const r = await c
        .mutation(WorkbenchDecidePassDocument, { id, approve: action === 'approve', reason })
        .toPromise();
      return { pass: r.data?.decideKaarstPassApplication, error: r.error };
    }
    case 'suspend': {
      const r = await c.mutation(WorkbenchSuspendPassDocument, { id, reason }).toPromise();
      return { pass: r.data?.suspendKaarstPass, error: r.error };
    }
    case 'revoke': {
      const r = await c.mutation(WorkbenchRevokePassDocument, { id, reason }).toPromise();
      return { pass: r.data?.revokeKaarstPass, error: r.error };
    }
    case 'reactivate': {
      const r = await c.mutation(WorkbenchReactivatePassDocument, { id, reason }).toPromise();
      return { pass: r.data?.reactivateKaarstPass, error: r.error };
    }
  }
}

export function PassesPage() {
  const [message, setMessage] = createSignal('');
  const [passes, { mutate }] = createResource(async () => {
    const result = await client()
      .query(WorkbenchPendingPassesDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw new Error(ERRORS[errorCode(result.error) ?? ''] ?? result.error.message);
    return result.data?.pendingKaarstPassApplications ?? [];
  });

  async function lookUp(event: SubmitEvent) {
    event.preventDefault();
    const number = String(new FormData(event.currentTarget as HTMLFormElement).get('number') ?? '').trim();
    const result = await client()
      .query(WorkbenchPassByNumberDocument, { number }, { requestPolicy: 'network-only' })
      .toPromise();
    const found = result.data?.kaarstPassByNumber;
    if (!found)
      return setMessage(LOOKUP_ERRORS[errorCode(result.error) ?? ''] ?? 'Die Suche hat nicht geklappt.');
    mutate((list) => [found, ...(list ?? []).filter((p) => p.id !== found.id)]);
    setMessage(`${found.number} gefunden: ${STATUS[found.status]}.`);
  }

  async function decide(event: SubmitEvent, pass: WorkbenchPassFragment) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const action = String(data.get('action')) as Action;
    const reason = String(data.get('reason') ?? '').trim();
    const result = await run(action, pass.id, reason);
    if (!result.pass)
      return setMessage(
        `Nicht möglich: ${ERRORS[errorCode(result.error) ?? ''] ?? result.error?.message ?? 'Unbekannter Fehler'}`,
      );
    const changed = result.pass;
    mutate((list) => (list ?? []).map((p) => (p.id === changed.id ? changed : p)));
    form.reset();
    setMessage(`${changed.number} ist ${DONE[action]}.`);
  }

  return (
    <section aria-labelledby="passes-title">
      <h1 id="passes-title" tabindex="-1">
        Kaarst-Pass
      </h1>
      <p>
        Anträge mit einer Postleitzahl außerhalb von Kaarst warten hier auf eine Entscheidung. Jeder Schritt
        braucht einen Grund; die Antragstellerin oder der Antragsteller sieht ihn. Jeden anderen Pass finden
        Sie über seine Nummer.
      </p>
      <form class="inline" onSubmit={lookUp}>
        <label for="pass-number">Passnummer</label>
        <input id="pass-number" name="number" placeholder="KP-000123" autocomplete="off" />
        <button type="submit">Pass suchen</button>
      </form>
      <p role="status" class="message" data-testid="pass-message">
        {message()}
      </p>
      <Show when={!passes.error} fallback={<p class="message error">{String(passes.error?.message)}</p>}>
        <Show when={passes()} fallback={<p role="status">Wird geladen …</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>Keine offenen Anträge.</p>}>
              <table class="schedule" data-testid="pass-list">
                <thead>
                  <tr>
                    <th scope="col">Nummer</th>
                    <th scope="col">Beantragt</th>
                    <th scope="col">Anschrift</th>
                    <th scope="col">Stand</th>
                    <th scope="col">Entscheidung</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(pass) => (
                      <tr data-testid={`pass-${pass.number}`}>
                        <td>{pass.number}</td>
                        <td>{formatDateTime(pass.appliedAt)}</td>
                        <td>
                          {pass.street}, {pass.postalCode}
                        </td>
                        <td>
                          {STATUS[pass.status]}
                          {pass.statusReason ? ` (${pass.statusReason})` : ''}
                        </td>
                        <td>
                          <Show when={allowed(pass.status).length > 0} fallback={<span>–</span>}>
                            <form class="inline" onSubmit={(e) => decide(e, pass)}>
                              <label for={`action-${pass.id}`}>Entscheidung zu {pass.number}</label>
                              <select id={`action-${pass.id}`} name="action">
                                <For each={allowed(pass.status)}>
                                  {(action) => <option value={action}>{ACTIONS[action]}</option>}
                                </For>
                              </select>
                              <label for={`reason-${pass.id}`}>Grund zu {pass.number}</label>
                              <input
                                id={`reason-${pass.id}`}
                                name="reason"
                                required
                                minlength="3"
                                maxlength="500"
                              />
                              <button type="submit" class="primary">
                                Ausführen <span class="visually-hidden">{pass.number}</span>
                              </button>
                            </form>
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
