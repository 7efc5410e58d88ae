/**
 * Council meetings (Ratsinformationen): the coming meetings and the archive,
 * each linking to its page; a meeting broadcast on RATS-TV says so in words.
 */
import { createResource, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import { PortalCouncilMeetingsDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { meetingHref } from '../router.ts';

function MeetingList(props: { upcoming: boolean; titleId: string; title: string }) {
  const [meetings] = createResource(
    () => client(),
    async (current) => {
      const result = await current
        .query(PortalCouncilMeetingsDocument, { upcoming: props.upcoming, first: 20 })
        .toPromise();
      if (result.error) throw result.error;
      return result.data?.councilMeetings ?? [];
    },
  );
  return (
    <section class="card" aria-labelledby={props.titleId}>
      <h2 id={props.titleId}>{props.title}</h2>
      <Show
        when={!meetings.error}
        fallback={
          <p role="alert">
            {t().errorPrefix} {String(meetings.error)}
          </p>
        }
      >
        <Show when={meetings()} fallback={<p role="status">{t().loading}</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t().noMeetings}</p>}>
              <ul class="meetings">
                <For each={list()}>
                  {(meeting) => (
                    <li>
                      <a href={meetingHref(meeting.id)}>{meeting.name ?? t().meeting}</a>
                      <span class="meta block">
                        {meeting.start ? formatDateTime(meeting.start) : ''}
                        {meeting.location?.description ? ` · ${meeting.location.description}` : ''}
                        {meeting.cancelled ? ` · ${t().cancelledMeeting}` : ''}
                        {meeting.broadcast ? ` · ${t().broadcastStatus[meeting.broadcast.status]}` : ''}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}

export function CouncilPage() {
  return (
    <section aria-labelledby="council-title">
      <h1 id="council-title" tabindex="-1">
        {t().councilTitle}
      </h1>
      <p>{t().councilIntro}</p>
      <MeetingList upcoming={true} titleId="upcoming-title" title={t().upcomingMeetings} />
      <MeetingList upcoming={false} titleId="archive-title" title={t().meetingArchive} />
    </section>
  );
}
