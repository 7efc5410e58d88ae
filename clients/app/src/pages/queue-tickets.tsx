/**
 * "Meine Wartemarke" in the Postfach: the signed-in person follows a ticket drawn at the kiosk
 * (or at a counter) by the code printed on it; the hub then tells them, in the inbox and by push
 * where "Meine Wartemarke wird gleich aufgerufen" is on, when it is next and when it is called.
 * Who follows a ticket nobody else sees. Offline nothing changes (plain words, nothing queued).
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import {
  AppFollowQueueTicketDocument,
  AppMyQueueTicketsDocument,
  AppUnfollowQueueTicketDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { online } from '../online.ts';
import { session } from '../session.ts';

const OFFLINE = 'Sie sind offline: Änderungen gehen nur mit Netz.';

const STATUS: Record<string, string> = {
  WAITING: 'wartet',
  CALLED: 'aufgerufen',
  SERVING: 'wird bedient',
  PARKED: 'zurückgestellt',
  MISSED: 'verpasst',
  DONE: 'erledigt',
  CANCELLED: 'storniert',
};

const FOLLOW_ERRORS: Record<string, string> = {
  NOT_FOUND: 'Zu diesem Code gibt es keine Wartemarke. Bitte prüfen Sie die Eingabe (z. B. K7QM-3XTA).',
  CONFLICT: 'Dieser Wartemarke folgt schon ein anderes Konto, oder sie ist schon erledigt.',
};

interface Followed {
  code: string;
  label: string;
  status: string;
  ahead?: number | null;
  estimatedWaitMinutes?: number | null;
  counter?: number | null;
  location: { name: string };
}

function progressText(ticket: Followed): string {
  if (ticket.status === 'CALLED' && ticket.counter) return `Aufgerufen: bitte zu Schalter ${ticket.counter}`;
  if (ticket.status === 'WAITING' && ticket.ahead === 0) return 'Sie sind als Nächstes dran';
  if (ticket.status === 'WAITING' && typeof ticket.ahead === 'number') {
    const wait = ticket.estimatedWaitMinutes == null ? '' : `, etwa ${ticket.estimatedWaitMinutes} Minuten`;
    return `${ticket.ahead} vor Ihnen${wait}`;
  }
  return STATUS[ticket.status] ?? ticket.status;
}

export function QueueTickets() {
  const [tickets, { refetch }] = createResource(
    () => (online() ? session()?.token : undefined),
    async () => {
      const result = await client()
        .query(AppMyQueueTicketsDocument, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) throw new Error(result.error?.message);
      return result.data.myQueueTickets as Followed[];
    },
  );
  const [code, setCode] = createSignal('');
  const [note, setNote] = createSignal('');
  const [failed, setFailed] = createSignal(false);

  async function follow(event: SubmitEvent) {
    event.preventDefault();
    if (!online()) return setNote(OFFLINE);
    const result = await client().mutation(AppFollowQueueTicketDocument, { code: code().trim() }).toPromise();
    if (result.data) {
      setFailed(false);
      setCode('');
      setNote(`Sie folgen der Wartemarke ${result.data.followQueueTicket.label}.`);
      void refetch();
    } else {
      setFailed(true);
      setNote(
        FOLLOW_ERRORS[errorCode(result.error) ?? ''] ?? 'Das ging nicht. Versuchen Sie es noch einmal.',
      );
    }
  }

  async function unfollow(ticket: Followed) {
    if (!online()) return setNote(OFFLINE);
    const result = await client().mutation(AppUnfollowQueueTicketDocument, { code: ticket.code }).toPromise();
    setFailed(Boolean(result.error));
    setNote(
      result.error
        ? 'Das ging nicht. Versuchen Sie es noch einmal.'
        : `Sie folgen ${ticket.label} nicht mehr.`,
    );
    if (!result.error) void refetch();
  }

  return (
    <section aria-labelledby="tickets-title" class="card">
      <h2 id="tickets-title">Meine Wartemarke</h2>
      <p class="hint">
        Eine Wartemarke vom Kiosk im Rathaus? Mit ihrem Code sagt Ihnen das Postfach, wenn Sie als Nächstes
        dran sind und zu welchem Schalter Sie gehen.
      </p>
      <form onSubmit={(event) => void follow(event)}>
        <label for="ticket-code">Code der Wartemarke</label>
        <input
          id="ticket-code"
          autocomplete="off"
          autocapitalize="characters"
          required
          value={code()}
          onInput={(event) => setCode(event.currentTarget.value)}
          aria-invalid={failed() ? 'true' : undefined}
          aria-describedby="ticket-note"
        />
        <button type="submit" class="primary" disabled={!online()}>
          Wartemarke folgen
        </button>
      </form>
      <p id="ticket-note" role="status" classList={{ 'message error': failed() }}>
        {note()}
      </p>
      <Show when={online()} fallback={<p class="message warning">{OFFLINE}</p>}>
        <ul class="inbox">
          <For each={tickets()}>
            {(ticket) => (
              <li>
                <h3>
                  Wartemarke {ticket.label} · {ticket.location.name}
                </h3>
                <p>{progressText(ticket)}</p>
                <button type="button" class="link-button" onClick={() => void unfollow(ticket)}>
                  Nicht mehr folgen<span class="visually-hidden">: {ticket.label}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
