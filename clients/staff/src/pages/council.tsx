/**
 * RATS-TV controls: for a coming council meeting, schedule its broadcast (the HLS stream's
 * URL), go live, set the agenda item now discussed (its chapter in the recording starts
 * there), and end it. Each step is audited by the council subgraph; the portal's meeting page
 * and the city displays follow councilLive.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  type CouncilBroadcastStatus,
  type WorkbenchBroadcastFragment,
  WorkbenchCouncilMeetingsDocument,
  WorkbenchScheduleBroadcastDocument,
  WorkbenchSetAgendaItemDocument,
  WorkbenchStartBroadcastDocument,
  WorkbenchStopBroadcastDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

const STATUS: Record<CouncilBroadcastStatus, string> = {
  SCHEDULED: 'geplant',
  LIVE: 'live',
  ENDED: 'beendet',
};
const ERRORS: Record<string, string> = {
  CONFLICT: 'Das geht in diesem Zustand nicht (eine beendete Übertragung startet nicht neu).',
  BAD_USER_INPUT: 'Die Eingabe passt nicht (die Adresse des Streams: https://…/…m3u8).',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
  NOT_FOUND: 'Diese Sitzung gibt es nicht (mehr).',
};

export function CouncilPage() {
  const [meetings] = createResource(async () => {
    const result = await client()
      .query(WorkbenchCouncilMeetingsDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw new Error(ERRORS[errorCode(result.error) ?? ''] ?? result.error.message);
    return result.data?.councilMeetings ?? [];
  });
  const [meetingId, setMeetingId] = createSignal('');
  const [broadcasts, setBroadcasts] = createSignal<Record<string, WorkbenchBroadcastFragment | null>>({});
  const [message, setMessage] = createSignal('');

  const meeting = () => meetings()?.find((m) => m.id === meetingId()) ?? meetings()?.[0];
  const broadcast = () => {
    const m = meeting();
    if (!m) return null;
    return m.id in broadcasts() ? (broadcasts()[m.id] ?? null) : (m.broadcast ?? null);
  };

  async function step(
    done: string,
    run: () => Promise<{ data?: WorkbenchBroadcastFragment; error?: Parameters<typeof errorCode>[0] }>,
  ) {
    const m = meeting();
    if (!m) return;
    setMessage('');
    const result = await run();
    if (!result.data)
      return setMessage(
        `Nicht möglich: ${ERRORS[errorCode(result.error) ?? ''] ?? result.error?.message ?? 'Unbekannter Fehler'}`,
      );
    setBroadcasts((now) => ({ ...now, [m.id]: result.data ?? null }));
    setMessage(done);
  }

  const schedule = (event: SubmitEvent) => {
    event.preventDefault();
    const streamUrl = String(new FormData(event.currentTarget as HTMLFormElement).get('stream') ?? '').trim();
    const id = meeting()?.id as string;
    return step('Übertragung geplant.', async () => {
      const r = await client()
        .mutation(WorkbenchScheduleBroadcastDocument, { meetingId: id, streamUrl })
        .toPromise();
      return { data: r.data?.scheduleCouncilBroadcast, error: r.error };
    });
  };
  const start = () => {
    const id = meeting()?.id as string;
    return step('Die Übertragung ist live.', async () => {
      const r = await client().mutation(WorkbenchStartBroadcastDocument, { meetingId: id }).toPromise();
      return { data: r.data?.startCouncilBroadcast, error: r.error };
    });
  };
  const setItem = (event: SubmitEvent) => {
    event.preventDefault();
    const agendaItemId = String(new FormData(event.currentTarget as HTMLFormElement).get('item') ?? '');
    const id = meeting()?.id as string;
    return step('Aktueller Tagesordnungspunkt gesetzt.', async () => {
      const r = await client()
        .mutation(WorkbenchSetAgendaItemDocument, { meetingId: id, agendaItemId })
        .toPromise();
      return { data: r.data?.setCouncilCurrentAgendaItem, error: r.error };
    });
  };
  const stop = () => {
    const id = meeting()?.id as string;
    return step('Die Übertragung ist beendet.', async () => {
      const r = await client().mutation(WorkbenchStopBroadcastDocument, { meetingId: id }).toPromise();
      return { data: r.data?.stopCouncilBroadcast, error: r.error };
    });
  };

  return (
    <section aria-labelledby="council-title">
      <h1 id="council-title" tabindex="-1">
        RATS-TV
      </h1>
      <Show when={!meetings.error} fallback={<p class="message error">{String(meetings.error?.message)}</p>}>
        <Show when={meetings()} fallback={<p role="status">Wird geladen …</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>Keine kommenden Sitzungen.</p>}>
              <div class="toolbar">
                <div class="field">
                  <label for="council-meeting">Sitzung</label>
                  <select id="council-meeting" onChange={(e) => setMeetingId(e.currentTarget.value)}>
                    <For each={list()}>
                      {(m) => (
                        <option value={m.id}>
                          {m.name}, {m.start ? formatDateTime(m.start) : 'ohne Termin'}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              </div>
              <p role="status" class="message" data-testid="council-message">
                {message()}
              </p>
              <Show when={meeting()}>
                {(m) => (
                  <section class="card" aria-labelledby="broadcast-title">
                    <h2 id="broadcast-title">Übertragung</h2>
                    <p data-testid="broadcast-state">
                      {broadcast()
                        ? `${STATUS[broadcast()?.status ?? 'SCHEDULED']}${
                            broadcast()?.currentAgendaItem
                              ? ` · jetzt TOP ${broadcast()?.currentAgendaItem?.number}: ${broadcast()?.currentAgendaItem?.name}`
                              : ''
                          }`
                        : 'nicht geplant'}
                    </p>
                    <Show when={!broadcast() || broadcast()?.status === 'SCHEDULED'}>
                      <form class="inline-form" onSubmit={schedule}>
                        <label for="stream-url">Adresse des Streams (HLS, .m3u8)</label>
                        <input
                          id="stream-url"
                          name="stream"
                          type="url"
                          required
                          value={broadcast()?.streamUrl ?? ''}
                          placeholder="https://…/live.m3u8"
                        />
                        <button type="submit">Übertragung planen</button>
                      </form>
                    </Show>
                    <Show when={broadcast()?.status === 'SCHEDULED'}>
                      <button type="button" class="primary" onClick={start}>
                        Live schalten
                      </button>
                    </Show>
                    <Show when={broadcast()?.status === 'LIVE'}>
                      <form class="inline-form" onSubmit={setItem}>
                        <label for="agenda-item">Tagesordnungspunkt jetzt</label>
                        <select id="agenda-item" name="item">
                          <For each={m().agendaItems}>
                            {(item) => (
                              <option
                                value={item.id}
                                selected={item.id === broadcast()?.currentAgendaItem?.id}
                              >
                                TOP {item.number}: {item.name}
                                {item.public ? '' : ' (nicht öffentlich)'}
                              </option>
                            )}
                          </For>
                        </select>
                        <button type="submit">Punkt setzen</button>
                      </form>
                      <button type="button" onClick={stop}>
                        Übertragung beenden
                      </button>
                    </Show>
                  </section>
                )}
              </Show>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
