/**
 * The walk-in queue at the counter: draw a ticket for the chosen services, call the next
 * ticket to your counter, call it again (after maxRecalls it is missed), serve, finish, park
 * and resume. The queue is live (queueChanged); the waiting time is the subgraph's estimate
 * from live handling times.
 */
import { createEffect, createResource, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { selectedLocation } from '../access.ts';
import {
  WorkbenchCallNextDocument,
  WorkbenchDrawTicketDocument,
  WorkbenchFinishTicketDocument,
  WorkbenchParkTicketDocument,
  WorkbenchQueueChangedDocument,
  WorkbenchQueueDocument,
  type WorkbenchQueueViewFragment,
  WorkbenchRecallDocument,
  WorkbenchResumeTicketDocument,
  WorkbenchServicesDocument,
  WorkbenchStartServingDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { displayHref } from '../router.ts';
import { currentLocation, LocationPicker } from './location-picker.tsx';

const STATUS: Record<string, string> = {
  WAITING: 'wartet',
  CALLED: 'aufgerufen',
  SERVING: 'in Bedienung',
  PARKED: 'geparkt',
  MISSED: 'verpasst',
  DONE: 'erledigt',
  CANCELLED: 'storniert',
};
const ERRORS: Record<string, string> = {
  CONFLICT: 'Am Schalter ist noch eine Wartemarke: erst fertig machen oder parken.',
  BAD_USER_INPUT: 'Die Eingabe passt nicht.',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
  NOT_FOUND: 'Diese Wartemarke gibt es nicht (mehr).',
};
const COUNTER_KEY = 'kaarst-staff-counter';

const minutes = (value: number | null | undefined) =>
  value === null || value === undefined ? 'unbekannt (kein Schalter offen)' : `etwa ${value} Minuten`;

export function QueuePage() {
  const [counter, setCounter] = createSignal(Number(localStorage.getItem(COUNTER_KEY) ?? '1') || 1);
  const [message, setMessage] = createSignal('');
  const [queue, setQueue] = createSignal<WorkbenchQueueViewFragment | undefined>();
  const [services] = createResource(
    async () =>
      (await client().query(WorkbenchServicesDocument, {}).toPromise()).data?.appointmentServices ?? [],
  );

  // The queue now, then every change live, for the chosen location.
  createEffect(
    on(selectedLocation, (locationId) => {
      setQueue(undefined);
      void client()
        .query(WorkbenchQueueDocument, { locationId }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (result.data && selectedLocation() === locationId) setQueue(result.data.queue);
          if (result.error) setMessage(ERRORS[errorCode(result.error) ?? ''] ?? result.error.message);
        });
      const live = client()
        .subscription(WorkbenchQueueChangedDocument, { locationId })
        .subscribe((result) => {
          if (result.data) setQueue(result.data.queueChanged);
        });
      onCleanup(() => live.unsubscribe());
    }),
  );

  const mine = () => queue()?.counters.find((c) => c.counter === counter());
  const atCounter = () => mine()?.ticket ?? undefined;

  async function run(
    done: (data: unknown) => string,
    operation: () => Promise<{ data?: unknown; error?: Parameters<typeof errorCode>[0] }>,
  ) {
    setMessage('');
    const result = await operation();
    if (result.error)
      return setMessage(`Nicht möglich: ${ERRORS[errorCode(result.error) ?? ''] ?? result.error.message}`);
    setMessage(done(result.data));
    // The new queue arrives through the subscription (queueChanged).
  }

  async function draw(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const serviceIds = new FormData(form).getAll('service').map(String);
    if (serviceIds.length === 0) return setMessage('Bitte mindestens eine Leistung wählen.');
    await run(
      (data) => {
        const ticket = (data as { drawQueueTicket: { label: string; estimatedWaitMinutes: number | null } })
          .drawQueueTicket;
        form.reset();
        return `Wartemarke ${ticket.label} ausgegeben; Wartezeit ${minutes(ticket.estimatedWaitMinutes)}.`;
      },
      () =>
        client()
          .mutation(WorkbenchDrawTicketDocument, {
            input: { locationId: selectedLocation(), serviceIds, idempotencyKey: crypto.randomUUID() },
          })
          .toPromise(),
    );
  }

  const callNext = () =>
    run(
      (data) => {
        const ticket = (data as { callNextQueueTicket: { label: string } | null }).callNextQueueTicket;
        return ticket ? `${ticket.label} an Schalter ${counter()} aufgerufen.` : 'Niemand wartet.';
      },
      () =>
        client()
          .mutation(WorkbenchCallNextDocument, {
            input: {
              locationId: selectedLocation(),
              counter: counter(),
              idempotencyKey: crypto.randomUUID(),
            },
          })
          .toPromise(),
    );
  const step = (
    label: string,
    document:
      | typeof WorkbenchStartServingDocument
      | typeof WorkbenchFinishTicketDocument
      | typeof WorkbenchParkTicketDocument
      | typeof WorkbenchResumeTicketDocument,
    ticketId: string,
  ) =>
    run(
      () => label,
      () => client().mutation(document, { ticketId }).toPromise(),
    );
  const recall = (ticket: { id: string; label: string; callCount: number }) =>
    run(
      (data) => {
        const next = (data as { recallQueueTicket: { status: string; callCount: number } }).recallQueueTicket;
        return next.status === 'MISSED'
          ? `${ticket.label} ist nicht gekommen und gilt als verpasst.`
          : `${ticket.label} erneut aufgerufen (${next.callCount}. Aufruf).`;
      },
      () =>
        client()
          .mutation(WorkbenchRecallDocument, { ticketId: ticket.id, seenCallCount: ticket.callCount })
          .toPromise(),
    );

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title" tabindex="-1">
        Warteschlange
      </h1>
      <div class="toolbar">
        <LocationPicker id="queue-location" />
        <div class="field">
          <label for="queue-counter">Ihr Schalter</label>
          <select
            id="queue-counter"
            value={String(counter())}
            onChange={(e) => {
              localStorage.setItem(COUNTER_KEY, e.currentTarget.value);
              setCounter(Number(e.currentTarget.value));
            }}
          >
            <For each={Array.from({ length: currentLocation()?.counters ?? 1 }, (_, i) => i + 1)}>
              {(n) => (
                <option value={String(n)} selected={n === counter()}>
                  Schalter {n}
                </option>
              )}
            </For>
          </select>
        </div>
        <p>
          <a href={displayHref(selectedLocation())} target="_blank" rel="noopener">
            Aufrufanzeige öffnen
          </a>
        </p>
      </div>
      <p role="status" class="message" data-testid="queue-message">
        {message()}
      </p>
      <Show when={queue()} fallback={<p role="status">Wird geladen …</p>}>
        {(q) => (
          <>
            <p data-testid="queue-estimate">
              <strong>{q().waiting.length}</strong> wartend · Wartezeit für eine neue Wartemarke:{' '}
              {minutes(q().estimatedWaitMinutes)}
            </p>
            <div class="columns">
              <section class="card" aria-labelledby="my-counter-title">
                <h2 id="my-counter-title">Schalter {counter()}</h2>
                <Show
                  when={atCounter()}
                  fallback={
                    <p>
                      Frei.{' '}
                      <button type="button" class="primary" onClick={callNext}>
                        Nächste Wartemarke aufrufen
                      </button>
                    </p>
                  }
                >
                  {(ticket) => (
                    <>
                      <p class="ticket-at-counter" data-testid="ticket-at-counter">
                        {ticket().label} · {STATUS[ticket().status] ?? ticket().status} · {ticket().callCount}
                        . Aufruf
                      </p>
                      <div class="actions">
                        <Show when={ticket().status === 'CALLED'}>
                          <button
                            type="button"
                            class="primary"
                            onClick={() =>
                              step(
                                `${ticket().label} ist am Schalter.`,
                                WorkbenchStartServingDocument,
                                ticket().id,
                              )
                            }
                          >
                            Bedienung beginnen
                          </button>
                          <button type="button" onClick={() => recall(ticket())}>
                            Erneut aufrufen
                          </button>
                        </Show>
                        <Show when={ticket().status === 'SERVING'}>
                          <button
                            type="button"
                            class="primary"
                            onClick={() =>
                              step(
                                `${ticket().label} ist erledigt.`,
                                WorkbenchFinishTicketDocument,
                                ticket().id,
                              )
                            }
                          >
                            Fertig
                          </button>
                        </Show>
                        <button
                          type="button"
                          onClick={() =>
                            step(`${ticket().label} ist geparkt.`, WorkbenchParkTicketDocument, ticket().id)
                          }
                        >
                          Parken
                        </button>
                      </div>
                    </>
                  )}
                </Show>
              </section>
              <section class="card" aria-labelledby="draw-title">
                <h2 id="draw-title">Wartemarke ausgeben</h2>
                <form onSubmit={draw}>
                  <fieldset>
                    <legend>Leistungen</legend>
                    <For each={services() ?? []}>
                      {(service) => (
                        <label class="choice">
                          <input type="checkbox" name="service" value={service.id} /> {service.name}
                        </label>
                      )}
                    </For>
                  </fieldset>
                  <button type="submit" class="primary">
                    Wartemarke ziehen
                  </button>
                </form>
              </section>
            </div>
            <section class="card" aria-labelledby="waiting-title">
              <h2 id="waiting-title">Wartend ({q().waiting.length})</h2>
              <Show when={q().waiting.length > 0} fallback={<p>Niemand wartet.</p>}>
                <ol class="tickets" data-testid="waiting-list">
                  <For each={q().waiting}>
                    {(ticket) => (
                      <li>
                        <strong>{ticket.label}</strong> · {ticket.services.map((s) => s.name).join(', ')} ·{' '}
                        {ticket.ahead ?? 0} davor · {minutes(ticket.estimatedWaitMinutes)}
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
            </section>
            <section class="card" aria-labelledby="active-title">
              <h2 id="active-title">Aufgerufen und in Bedienung</h2>
              <Show when={q().active.length > 0} fallback={<p>Keine.</p>}>
                <ul class="tickets">
                  <For each={q().active}>
                    {(ticket) => (
                      <li>
                        <strong>{ticket.label}</strong> · Schalter {ticket.counter} · {STATUS[ticket.status]}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
            <section class="card" aria-labelledby="parked-title">
              <h2 id="parked-title">Geparkt und verpasst</h2>
              <Show when={q().parked.length + q().missed.length > 0} fallback={<p>Keine.</p>}>
                <ul class="tickets">
                  <For each={[...q().parked, ...q().missed]}>
                    {(ticket) => (
                      <li>
                        <strong>{ticket.label}</strong> · {STATUS[ticket.status]}{' '}
                        <button
                          type="button"
                          onClick={() =>
                            step(`${ticket.label} wartet wieder.`, WorkbenchResumeTicketDocument, ticket.id)
                          }
                        >
                          Fortsetzen <span class="visually-hidden">{ticket.label}</span>
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          </>
        )}
      </Show>
    </section>
  );
}
