/**
 * Postfach: the inbox (every notification, pushed or not) and the settings: which topics
 * may send a push message, and push on this phone on or off. The inbox is personal: it is
 * not kept for offline (last-data.ts keeps public data only). Offline every change is refused
 * with a plain sentence, nothing is queued.
 */
import { createResource, createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  AppMarkNotificationReadDocument,
  AppMyNotificationsDocument,
  AppMyNotificationTopicsDocument,
  AppSetNotificationTopicDocument,
  type NotificationTopic,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { online } from '../online.ts';
import { currentSubscription, disablePush, enablePush, pushSupported } from '../push.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { QueueTickets } from './queue-tickets.tsx';

const TOPICS: Array<{ topic: NotificationTopic; label: string }> = [
  { topic: 'REQUEST_STATUS', label: 'Mein Anliegen hat einen neuen Status' },
  { topic: 'PASS_DECISION', label: 'Entscheidung über meinen Kaarst-Pass' },
  { topic: 'QUEUE_CALLED_NEXT', label: 'Meine Wartemarke wird gleich aufgerufen' },
  { topic: 'APPOINTMENT_REMINDER', label: 'Erinnerung am Tag vor meinem Termin' },
];
const OFFLINE = 'Sie sind offline: Änderungen gehen nur mit Netz.';

function Inbox() {
  const [items, { refetch }] = createResource(
    () => (online() ? session()?.token : undefined),
    async () => {
      const result = await client()
        .query(AppMyNotificationsDocument, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) throw new Error(result.error?.message);
      return result.data.myNotifications;
    },
  );
  // The service worker says when a push message arrived while the app is open.
  const onMessage = (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === 'kaarst-notification') void refetch();
  };
  onMount(() => navigator.serviceWorker?.addEventListener('message', onMessage));
  onCleanup(() => navigator.serviceWorker?.removeEventListener('message', onMessage));
  const [note, setNote] = createSignal('');

  async function markRead(id: string) {
    if (!online()) return setNote(OFFLINE);
    const result = await client().mutation(AppMarkNotificationReadDocument, { id }).toPromise();
    setNote(result.error ? 'Das ging nicht. Versuchen Sie es noch einmal.' : '');
    if (!result.error) void refetch();
  }

  return (
    <section aria-labelledby="inbox-title" class="card">
      <h2 id="inbox-title">Mitteilungen</h2>
      <Show
        when={online()}
        fallback={<p class="message warning">{OFFLINE} Die Mitteilungen laden erst wieder mit Netz.</p>}
      >
        <Show when={items.error}>
          <p class="message error" role="alert">
            Die Mitteilungen konnten nicht geladen werden.
          </p>
        </Show>
        <Show when={items()?.length === 0}>
          <p>Noch keine Mitteilungen.</p>
        </Show>
        <ul class="inbox">
          <For each={items()}>
            {(item) => (
              <li classList={{ unread: !item.readAt }}>
                <h3>{item.title}</h3>
                <p>{item.body}</p>
                <p class="meta">
                  {formatDateTime(item.createdAt)}
                  {item.readAt ? '' : ' · ungelesen'}
                </p>
                <a href={item.url}>Ansehen</a>{' '}
                <Show when={!item.readAt}>
                  <button type="button" class="link-button" onClick={() => void markRead(item.id)}>
                    Als gelesen markieren<span class="visually-hidden">: {item.title}</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p role="status">{note()}</p>
    </section>
  );
}

function Settings() {
  const [topics, { mutate }] = createResource(
    () => (online() ? session()?.token : undefined),
    async () => {
      const result = await client()
        .query(AppMyNotificationTopicsDocument, {}, { requestPolicy: 'network-only' })
        .toPromise();
      return result.data?.myNotificationTopics ?? [];
    },
  );
  const [pushOn, setPushOn] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [note, setNote] = createSignal('');
  onMount(async () => setPushOn(Boolean(await currentSubscription().catch(() => null))));

  async function toggleTopic(topic: NotificationTopic, enabled: boolean) {
    if (!online()) return setNote(OFFLINE);
    const result = await client().mutation(AppSetNotificationTopicDocument, { topic, enabled }).toPromise();
    if (result.data) {
      mutate(result.data.setNotificationTopic);
      setNote(enabled ? 'Eingeschaltet.' : 'Ausgeschaltet.');
    } else setNote('Das ging nicht. Versuchen Sie es noch einmal.');
  }

  async function togglePush() {
    if (!online()) return setNote(OFFLINE);
    setBusy(true);
    setNote('');
    try {
      if (pushOn()) await disablePush();
      else await enablePush();
      setPushOn(!pushOn());
      setNote(
        pushOn() ? 'Push ist auf diesem Handy eingeschaltet.' : 'Push ist auf diesem Handy ausgeschaltet.',
      );
    } catch (error) {
      setNote((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="settings-title" class="card">
      <h2 id="settings-title">Einstellungen</h2>
      <fieldset disabled={!online() || topics.loading}>
        <legend>Push-Mitteilungen für</legend>
        <For each={TOPICS}>
          {({ topic, label }) => (
            <label class="check">
              <input
                type="checkbox"
                checked={topics()?.includes(topic) ?? false}
                onChange={(event) => void toggleTopic(topic, event.currentTarget.checked)}
              />{' '}
              {label}
            </label>
          )}
        </For>
      </fieldset>
      <p class="hint">Oben unter „Mitteilungen“ steht jede, auch ohne Push.</p>
      <Show
        when={pushSupported()}
        fallback={<p class="message warning">Dieser Browser kann keine Push-Mitteilungen empfangen.</p>}
      >
        <button
          type="button"
          class="primary"
          disabled={busy() || !online()}
          onClick={() => void togglePush()}
        >
          {pushOn() ? 'Push auf diesem Handy ausschalten' : 'Push auf diesem Handy einschalten'}
        </button>
      </Show>
      <Show when={!online()}>
        <p class="message warning">{OFFLINE}</p>
      </Show>
      <p role="status">{note()}</p>
    </section>
  );
}

export function NotificationsPage() {
  return (
    <section aria-labelledby="notifications-title">
      <h1 id="notifications-title" tabindex="-1">
        Postfach
      </h1>
      <Switch>
        <Match when={!session()}>
          <p>Ihre Mitteilungen sehen Sie nach der Anmeldung.</p>
          <Show
            when={online()}
            fallback={<p class="message warning">Sie sind offline: Anmelden geht erst wieder mit Netz.</p>}
          >
            <button type="button" class="primary" onClick={() => signInThenReturn('notifications')}>
              Anmelden
            </button>
          </Show>
        </Match>
        <Match when={session()}>
          <Inbox />
          <QueueTickets />
          <Settings />
        </Match>
      </Switch>
    </section>
  );
}
