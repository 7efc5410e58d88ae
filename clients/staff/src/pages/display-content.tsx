/**
 * The city displays' content (issue 23), a moderated feed: any department's staff submit an
 * item (text, optional image, validity, target screens); editors (press office, admins) approve
 * or reject what waits, and schedule approved items per screen (weekdays and local time of day,
 * or a one-off window; priority and share of airtime). The graph refuses the rest anyway.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { me } from '../access.ts';
import { formatDateTime } from '../dates.ts';
import {
  WorkbenchAddDisplayRuleDocument,
  WorkbenchDecideDisplayItemDocument,
  type WorkbenchDisplayItemFragment,
  WorkbenchDisplayItemsDocument,
  WorkbenchDisplayRulesDocument,
  WorkbenchDisplayScreensDocument,
  WorkbenchRemoveDisplayRuleDocument,
  WorkbenchSubmitDisplayItemDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

const STATUS: Record<WorkbenchDisplayItemFragment['status'], string> = {
  SUBMITTED: 'Wartet auf Freigabe',
  APPROVED: 'Freigegeben',
  REJECTED: 'Abgelehnt',
};
const WEEKDAYS = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
const ERRORS: Record<string, string> = {
  BAD_USER_INPUT: 'Die Eingabe passt nicht',
  CONFLICT: 'Das wurde schon entschieden',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte',
  NOT_FOUND: 'Diesen Eintrag gibt es nicht (mehr)',
};
const explain = (error: Parameters<typeof errorCode>[0]) =>
  `${ERRORS[errorCode(error) ?? ''] ?? 'Nicht möglich'}: ${error?.graphQLErrors[0]?.message ?? error?.message ?? ''}`;

/** "HH:MM" to minutes after midnight. */
const minutes = (value: string) => {
  const [h, m] = value.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
/** A datetime-local value (this browser's local time) as an instant. */
const instant = (value: string) => new Date(value).toISOString();
const localInput = (date: Date) =>
  new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export function DisplayContentPage() {
  const editor = () => {
    const m = me();
    return !!m && (m.roles.includes('ADMIN') || (m.roles.includes('STAFF') && m.department === 'presse'));
  };
  const [message, setMessage] = createSignal('');
  const [screens] = createResource(
    async () => (await client().query(WorkbenchDisplayScreensDocument, {}).toPromise()).data?.screens ?? [],
  );
  const [items, { refetch }] = createResource(
    async () =>
      (await client().query(WorkbenchDisplayItemsDocument, {}, { requestPolicy: 'network-only' }).toPromise())
        .data?.contentItems ?? [],
  );
  const screenName = (id: string) => screens()?.find((s) => s.id === id)?.name ?? id;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const target = event.currentTarget as HTMLFormElement;
    const form = new FormData(target);
    const result = await client()
      .mutation(WorkbenchSubmitDisplayItemDocument, {
        input: {
          title: String(form.get('title') ?? ''),
          body: String(form.get('body') ?? ''),
          imageUrl: String(form.get('imageUrl') ?? '') || null,
          validFrom: instant(String(form.get('validFrom'))),
          validUntil: instant(String(form.get('validUntil'))),
          screenIds: form.getAll('screenIds').map(String),
        },
      })
      .toPromise();
    if (result.error) return setMessage(explain(result.error));
    target.reset();
    setMessage(`Eingereicht: „${result.data?.submitContent.title}“ wartet auf Freigabe.`);
    await refetch();
  }

  async function decide(id: string, approve: boolean) {
    const result = await client().mutation(WorkbenchDecideDisplayItemDocument, { id, approve }).toPromise();
    if (result.error) return setMessage(explain(result.error));
    const item = result.data?.decideContent;
    setMessage(`„${item?.title}“: ${approve ? 'freigegeben' : 'abgelehnt'}.`);
    await refetch();
  }

  const now = new Date();
  return (
    <>
      <h1 tabIndex={-1}>Stadtanzeigen: Inhalte</h1>
      <p role="status" class="message" data-testid="display-content-message">
        {message()}
      </p>

      <section class="card" aria-labelledby="submit-title">
        <h2 id="submit-title">Inhalt einreichen</h2>
        <form class="stacked-form" onSubmit={submit}>
          <label for="item-title">Titel</label>
          <input id="item-title" name="title" required maxLength={120} />
          <label for="item-body">Text</label>
          <textarea id="item-body" name="body" required maxLength={600} rows={3} />
          <label for="item-image">Bild (https-Adresse, freiwillig)</label>
          <input id="item-image" name="imageUrl" type="url" />
          <label for="item-from">Gültig ab</label>
          <input id="item-from" name="validFrom" type="datetime-local" required value={localInput(now)} />
          <label for="item-until">Gültig bis</label>
          <input
            id="item-until"
            name="validUntil"
            type="datetime-local"
            required
            value={localInput(new Date(now.getTime() + 7 * 24 * 3600_000))}
          />
          <fieldset>
            <legend>Anzeigen</legend>
            <For each={screens()}>
              {(screen) => (
                <label class="check">
                  <input type="checkbox" name="screenIds" value={screen.id} /> {screen.name}
                </label>
              )}
            </For>
          </fieldset>
          <button type="submit" class="primary">
            Einreichen
          </button>
        </form>
      </section>

      <section class="card" aria-labelledby="items-title">
        <h2 id="items-title">Eingereichte Inhalte</h2>
        <Show when={items()} fallback={<p role="status">Wird geladen …</p>}>
          {(list) => (
            <table class="schedule" data-testid="display-items">
              <thead>
                <tr>
                  <th scope="col">Titel</th>
                  <th scope="col">Abteilung</th>
                  <th scope="col">Gültig</th>
                  <th scope="col">Anzeigen</th>
                  <th scope="col">Status</th>
                  <th scope="col">Aktion</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(item) => (
                    <tr data-item-id={item.id}>
                      <td>{item.title}</td>
                      <td>{item.department}</td>
                      <td>
                        {formatDateTime(item.validFrom)} bis {formatDateTime(item.validUntil)}
                      </td>
                      <td>{item.screenIds.map(screenName).join(', ')}</td>
                      <td>{STATUS[item.status]}</td>
                      <td>
                        <Show when={editor() && item.status === 'SUBMITTED'}>
                          <button
                            type="button"
                            aria-label={`„${item.title}“ freigeben`}
                            onClick={() => void decide(item.id, true)}
                          >
                            Freigeben
                          </button>{' '}
                          <button
                            type="button"
                            aria-label={`„${item.title}“ ablehnen`}
                            onClick={() => void decide(item.id, false)}
                          >
                            Ablehnen
                          </button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </Show>
      </section>

      <Show when={editor()}>
        <Schedule
          screens={screens() ?? []}
          approved={(items() ?? []).filter((i) => i.status === 'APPROVED')}
          say={setMessage}
        />
      </Show>
    </>
  );
}

function Schedule(props: {
  screens: Array<{ id: string; name: string }>;
  approved: WorkbenchDisplayItemFragment[];
  say: (message: string) => void;
}) {
  const [screenId, setScreenId] = createSignal(props.screens[0]?.id ?? 'kaarst-rathausplatz');
  const [rules, { refetch }] = createResource(
    screenId,
    async (id) =>
      (
        await client()
          .query(WorkbenchDisplayRulesDocument, { screenId: id }, { requestPolicy: 'network-only' })
          .toPromise()
      ).data?.scheduleRules ?? [],
  );
  const title = (itemId: string) => props.approved.find((i) => i.id === itemId)?.title ?? itemId;

  async function add(event: SubmitEvent) {
    event.preventDefault();
    const target = event.currentTarget as HTMLFormElement;
    const form = new FormData(target);
    const weekdays = form.getAll('weekdays').map(Number);
    const result = await client()
      .mutation(WorkbenchAddDisplayRuleDocument, {
        input: {
          screenId: screenId(),
          itemId: String(form.get('itemId')),
          weekdays: weekdays.length ? weekdays : null,
          startMinute: minutes(String(form.get('start'))),
          endMinute: String(form.get('end')) === '24:00' ? 1440 : minutes(String(form.get('end'))),
          priority: Number(form.get('priority') ?? 0),
          share: Number(form.get('share') ?? 1),
        },
      })
      .toPromise();
    if (result.error) return props.say(explain(result.error));
    props.say(`Eingeplant: „${title(result.data?.addScheduleRule.itemId ?? '')}“.`);
    await refetch();
  }

  async function remove(id: string) {
    const result = await client().mutation(WorkbenchRemoveDisplayRuleDocument, { id }).toPromise();
    if (result.error) return props.say(explain(result.error));
    props.say('Regel entfernt.');
    await refetch();
  }

  return (
    <section class="card" aria-labelledby="schedule-title">
      <h2 id="schedule-title">Sendeplan je Anzeige</h2>
      <div class="field">
        <label for="schedule-screen">Anzeige</label>
        <select id="schedule-screen" value={screenId()} onChange={(e) => setScreenId(e.currentTarget.value)}>
          <For each={props.screens}>{(screen) => <option value={screen.id}>{screen.name}</option>}</For>
        </select>
      </div>
      <table class="schedule" data-testid="display-rules">
        <thead>
          <tr>
            <th scope="col">Inhalt</th>
            <th scope="col">Wann</th>
            <th scope="col">Priorität</th>
            <th scope="col">Anteil</th>
            <th scope="col">Aktion</th>
          </tr>
        </thead>
        <tbody>
          <For each={rules()}>
            {(rule) => (
              <tr>
                <td>{title(rule.itemId)}</td>
                <td>
                  {rule.from && rule.until
                    ? `${formatDateTime(rule.from)} bis ${formatDateTime(rule.until)}`
                    : `${rule.weekdays.map((d) => WEEKDAYS[d - 1]).join(', ')} ${clock(rule.startMinute)}–${clock(rule.endMinute)}`}
                </td>
                <td>{rule.priority}</td>
                <td>{rule.share}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Regel für „${title(rule.itemId)}“ entfernen`}
                    onClick={() => void remove(rule.id)}
                  >
                    Entfernen
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <form class="stacked-form" onSubmit={add}>
        <label for="rule-item">Freigegebener Inhalt</label>
        <select id="rule-item" name="itemId" required>
          <For each={props.approved.filter((i) => i.screenIds.includes(screenId()))}>
            {(item) => <option value={item.id}>{item.title}</option>}
          </For>
        </select>
        <fieldset>
          <legend>Wochentage (keiner: jeden Tag)</legend>
          <For each={WEEKDAYS}>
            {(day, i) => (
              <label class="check">
                <input type="checkbox" name="weekdays" value={i() + 1} /> {day}
              </label>
            )}
          </For>
        </fieldset>
        <label for="rule-start">Von (Uhrzeit)</label>
        <input id="rule-start" name="start" type="time" value="00:00" required />
        <label for="rule-end">Bis (Uhrzeit, ausschließlich)</label>
        <input
          id="rule-end"
          name="end"
          type="text"
          pattern="([01][0-9]|2[0-3]):[0-5][0-9]|24:00"
          value="24:00"
          required
        />
        <label for="rule-priority">Priorität (höher gewinnt)</label>
        <input id="rule-priority" name="priority" type="number" min="0" max="100" value="0" />
        <label for="rule-share">Anteil an der Sendezeit</label>
        <input id="rule-share" name="share" type="number" min="1" max="100" value="1" />
        <button type="submit" class="primary">
          Einplanen
        </button>
      </form>
    </section>
  );
}
