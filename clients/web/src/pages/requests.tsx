/**
 * Requests (Anliegen): make one, then follow each: status in words, its
 * history and the messages with the office, live (requestChanged) while the
 * page is open, and answer the office from here. Those with a place are also
 * on a map; choosing one there moves to its card in the list.
 */
import { featureCollection, HubMap, pointFeature } from '@kaarst/ui/map';
import { mapTiles } from '@kaarst/ui/map-tiles';
import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  HubSendRequestMessageDocument,
  PortalMyRequestsDocument,
  type PortalMyRequestsQuery,
  PortalRequestChangedDocument,
  type RequestStatus,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { tf } from '../i18n-attachments.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { AddAttachmentForm, AttachmentList } from './attachments.tsx';
import { RequestForm } from './request-form.tsx';
import './requests.css';

type Request = PortalMyRequestsQuery['myRequests'][number];
const FINISHED: RequestStatus[] = ['DONE', 'REJECTED'];

function RequestCard(props: {
  request: Request;
  onChanged: (changed: Request) => void;
  onAttached: (fileName: string) => void;
}) {
  const [sent, setSent] = createSignal('');
  // Live while it is open: the office's status changes and messages arrive without reload.
  createEffect(() => {
    if (FINISHED.includes(props.request.status)) return;
    const subscription = client()
      .subscription(PortalRequestChangedDocument, { requestId: props.request.id })
      .subscribe((result) => {
        if (result.data) props.onChanged(result.data.requestChanged);
      });
    onCleanup(() => subscription.unsubscribe());
  });

  async function reply(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const body = String(new FormData(form).get('body') ?? '').trim();
    if (!body) return;
    const result = await client()
      .mutation(HubSendRequestMessageDocument, { requestId: props.request.id, body })
      .toPromise();
    if (result.error) return setSent(`${t().errorPrefix} ${result.error.message}`);
    form.reset();
    setSent(t().messageSent);
  }

  const replyId = () => `reply-${props.request.id}`;
  return (
    <li class="card request" id={`request-${props.request.id}`} tabindex="-1">
      <h3>
        {props.request.type.name} · {props.request.referenceNumber}
      </h3>
      <dl class="summary">
        <dt>{t().status}</dt>
        <dd>
          <strong class="status" data-testid="request-status">
            {t().requestStatus[props.request.status]}
          </strong>
        </dd>
        <dt>{t().requestDescription}</dt>
        <dd>{props.request.description}</dd>
        <Show when={props.request.address}>
          <dt>{t().address}</dt>
          <dd>{props.request.address}</dd>
        </Show>
      </dl>
      <h4>{t().history}</h4>
      <ol class="history">
        <For each={props.request.history}>
          {(change) => (
            <li>
              {formatDateTime(change.at)}: {t().requestStatus[change.status]}
              {change.reason ? ` (${change.reason})` : ''}
            </li>
          )}
        </For>
      </ol>
      <Show when={props.request.messages.length > 0}>
        <h4>{t().messages}</h4>
        <ul class="messages">
          <For each={props.request.messages}>
            {(message) => (
              <li>
                <strong>{message.fromOffice ? t().fromOffice : t().fromYou}</strong>,{' '}
                {formatDateTime(message.at)}: {message.body}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <AttachmentList requestId={props.request.id} attachments={props.request.attachments} />
      <Show when={!FINISHED.includes(props.request.status)}>
        <AddAttachmentForm requestId={props.request.id} onUploaded={props.onAttached} />
        <form onSubmit={reply}>
          <label for={replyId()}>{t().replyLabel}</label>
          <textarea id={replyId()} name="body" rows="2" required />
          <button type="submit">{t().send}</button>
          <p class="hint" role="status">
            {sent()}
          </p>
        </form>
      </Show>
    </li>
  );
}

/** The requests with a place, as map points named by type, reference and status. */
const locatedRequests = (list: Request[]) =>
  featureCollection(
    list.flatMap((request) =>
      request.latitude === null ||
      request.latitude === undefined ||
      request.longitude === null ||
      request.longitude === undefined
        ? []
        : [
            pointFeature(request.longitude, request.latitude, {
              id: request.id,
              label: `${request.type.name} · ${request.referenceNumber}: ${t().requestStatus[request.status]}`,
              kind: 'request',
            }),
          ],
    ),
  );

export function RequestsPage() {
  const [requests, { mutate, refetch }] = createResource(
    () => (session() ? client() : false),
    async (current) => {
      const result = await current
        .query(PortalMyRequestsDocument, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw result.error;
      return result.data?.myRequests ?? [];
    },
  );
  const [announcement, setAnnouncement] = createSignal('');

  function attached(fileName: string) {
    setAnnouncement(tf().uploaded(fileName));
    void refetch();
  }

  function changed(next: Request) {
    mutate((list) => (list ?? []).map((request) => (request.id === next.id ? next : request)));
    setAnnouncement(t().requestUpdated(next.referenceNumber, t().requestStatus[next.status]));
  }

  return (
    <section aria-labelledby="requests-title">
      <h1 id="requests-title" tabindex="-1">
        {t().requestsTitle}
      </h1>
      <p>{t().requestsIntro}</p>
      <p role="status" class={announcement() ? 'message success' : 'visually-hidden'}>
        {announcement()}
      </p>
      <Show
        when={session()}
        fallback={
          <>
            <p>{t().requestsNeedSignIn}</p>
            <button type="button" class="primary" onClick={() => signInThenReturn('requests')}>
              {t().navSignIn}
            </button>
          </>
        }
      >
        <RequestForm
          onSubmitted={(reference, fileProblem) => {
            setAnnouncement(
              fileProblem ? tf().submittedButFile(reference, fileProblem) : t().requestSubmitted(reference),
            );
            void refetch();
          }}
        />
        <h2>{t().myRequests}</h2>
        <Show when={requests.error}>
          <p class="message error" role="alert">
            {t().errorPrefix} {String(requests.error?.message ?? requests.error)}
          </p>
        </Show>
        <Show when={requests.latest} fallback={<p role="status">{t().loading}</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t().noRequests}</p>}>
              <Show when={locatedRequests(list()).features.length > 0}>
                <HubMap
                  label={t().requestsMap}
                  features={locatedRequests(list())}
                  tileUrl={mapTiles.url}
                  attribution={mapTiles.attribution}
                  onSelect={(id) => document.getElementById(`request-${id}`)?.focus()}
                  testId="requests-map"
                />
              </Show>
              <ul class="appointments">
                <For each={list()}>
                  {(request) => <RequestCard request={request} onChanged={changed} onAttached={attached} />}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
