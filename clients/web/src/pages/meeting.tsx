/**
 * One council meeting: agenda with results, documents, and RATS-TV: live state
 * (status and the item under discussion, updated by councilLive while the page
 * is open) or, afterwards, the recording with a chapter per agenda item.
 */
import { createEffect, createResource, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  PortalCouncilLiveDocument,
  PortalCouncilMeetingDocument,
  type PortalCouncilMeetingQuery,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { href, routeId } from '../router.ts';
import { RecordingPlayer } from './recording-player.tsx';

type Broadcast = NonNullable<NonNullable<PortalCouncilMeetingQuery['councilMeeting']>['broadcast']>;
type LiveState = Pick<Broadcast, 'status' | 'streamUrl' | 'currentAgendaItem'>;

function BroadcastPanel(props: { meetingId: string; title: string; broadcast: Broadcast }) {
  const [live, setLive] = createSignal<LiveState>(props.broadcast);
  createEffect(() => {
    if (props.broadcast.status === 'ENDED') return;
    const subscription = client()
      .subscription(PortalCouncilLiveDocument, { meetingId: props.meetingId })
      .subscribe((result) => {
        if (result.data) setLive(result.data.councilLive);
      });
    onCleanup(() => subscription.unsubscribe());
  });
  return (
    <section class="card" aria-labelledby="broadcast-title">
      <h2 id="broadcast-title">{t().broadcastTitle}</h2>
      <p role="status" aria-live="polite">
        <strong data-testid="broadcast-status">{t().broadcastStatus[live().status]}</strong>
        <Show when={live().status === 'LIVE' && live().currentAgendaItem}>
          {(item) => (
            <>
              {' · '}
              {t().nowDiscussed} {item().number} {item().name}
            </>
          )}
        </Show>
      </p>
      <Show when={live().status === 'LIVE'}>
        <p>
          <a class="button" href={live().streamUrl}>
            {t().watchLive}
          </a>
        </p>
      </Show>
      <Show when={props.broadcast.recordingUrl}>
        {(recording) => (
          <RecordingPlayer
            url={recording()}
            title={props.title}
            chaptersHeading={t().chapters}
            chapters={props.broadcast.chapters.map((chapter) => ({
              offsetSeconds: chapter.offsetSeconds,
              label: `${chapter.agendaItem.number} ${chapter.agendaItem.name}`,
            }))}
          />
        )}
      </Show>
    </section>
  );
}

export function MeetingPage() {
  const [meeting] = createResource(
    () => ({ id: routeId(), current: client() }),
    async ({ id, current }) => {
      const result = await current
        .query(PortalCouncilMeetingDocument, { id }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw result.error;
      return result.data?.councilMeeting ?? null;
    },
  );
  // The heading exists once the meeting is loaded: keyboard and screen-reader users start there.
  createEffect(
    on(meeting, () => queueMicrotask(() => document.getElementById('meeting-title')?.focus()), {
      defer: true,
    }),
  );
  return (
    <section aria-labelledby="meeting-title">
      <p>
        <a href={href('council')}>← {t().backToCouncil}</a>
      </p>
      <Show when={meeting.state === 'ready'} fallback={<p role="status">{t().loading}</p>}>
        <Show
          when={meeting()}
          fallback={
            <h1 id="meeting-title" tabindex="-1">
              {t().meetingNotFound}
            </h1>
          }
        >
          {(m) => (
            <>
              <h1 id="meeting-title" tabindex="-1">
                {m().name ?? t().meeting}
              </h1>
              <p>
                {m().start ? formatDateTime(m().start as string) : ''}
                {m().location
                  ? ` · ${[m().location?.description, m().location?.streetAddress].filter(Boolean).join(', ')}`
                  : ''}
                {m().cancelled ? ` · ${t().cancelledMeeting}` : ''}
              </p>
              <Show when={m().broadcast}>
                {(b) => <BroadcastPanel meetingId={m().id} title={m().name ?? t().meeting} broadcast={b()} />}
              </Show>
              <section class="card" aria-labelledby="agenda-title">
                <h2 id="agenda-title">{t().agenda}</h2>
                <ol class="agenda">
                  <For each={m().agendaItems}>
                    {(item) => (
                      <li>
                        <strong>{item.number}</strong> {item.name}
                        <Show when={item.result}>
                          <span class="meta block">
                            {t().result}: {item.result}
                          </span>
                        </Show>
                      </li>
                    )}
                  </For>
                </ol>
              </section>
              <Show when={m().files.length > 0}>
                <section class="card" aria-labelledby="files-title">
                  <h2 id="files-title">{t().documents}</h2>
                  <ul>
                    <For each={m().files}>
                      {(file) => (
                        <li>
                          <a href={file.accessUrl}>{file.name ?? file.accessUrl}</a>
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
