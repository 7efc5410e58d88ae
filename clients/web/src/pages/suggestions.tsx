/**
 * Suggestions and complaints under § 24 GO NRW: submitted (acknowledged at once with a
 * reference) and listed with the committee and the council meeting that deals with them.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import { PortalMySuggestionsDocument, PortalSubmitSuggestionDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tb } from '../i18n-participation.ts';
import { href, meetingHref, signInThenReturn } from '../router.ts';
import { session } from '../session.ts';

export function SuggestionsPage() {
  const [mine, { refetch }] = createResource(
    () => session()?.token,
    async () =>
      (await client().query(PortalMySuggestionsDocument, {}, { requestPolicy: 'network-only' }).toPromise())
        .data?.mySuggestions ?? [],
  );
  const [kind, setKind] = createSignal<'SUGGESTION' | 'COMPLAINT'>('SUGGESTION');
  const [subject, setSubject] = createSignal('');
  const [body, setBody] = createSignal('');
  const [message, setMessage] = createSignal('');
  const [sending, setSending] = createSignal(false);
  let key = crypto.randomUUID();
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!session()) return signInThenReturn('suggestions');
    setSending(true);
    const result = await client()
      .mutation(PortalSubmitSuggestionDocument, {
        input: { kind: kind(), subject: subject(), body: body(), idempotencyKey: key },
      })
      .toPromise();
    setSending(false);
    const done = result.data?.submitSuggestion;
    if (!done) return setMessage(tb().suggestionFailed);
    key = crypto.randomUUID();
    setSubject('');
    setBody('');
    setMessage(tb().acknowledged(done.reference, formatDateTime(String(done.receivedAt))));
    await refetch();
  }
  return (
    <>
      <p>
        <a href={href('participation')}>{tb().back}</a>
      </p>
      <h1 tabindex="-1">{tb().suggestionsTitle}</h1>
      <p>{tb().suggestionsIntro}</p>
      <form onSubmit={submit} class="card">
        <fieldset>
          <legend>{tb().kindLabel}</legend>
          <label class="choice">
            <input
              type="radio"
              name="suggestion-kind"
              checked={kind() === 'SUGGESTION'}
              onChange={() => setKind('SUGGESTION')}
            />{' '}
            {tb().kindSuggestion}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="suggestion-kind"
              checked={kind() === 'COMPLAINT'}
              onChange={() => setKind('COMPLAINT')}
            />{' '}
            {tb().kindComplaint}
          </label>
        </fieldset>
        <label for="suggestion-subject">{tb().subjectLabel}</label>
        <input
          id="suggestion-subject"
          required
          minLength={3}
          maxLength={200}
          value={subject()}
          onInput={(e) => setSubject(e.currentTarget.value)}
        />
        <label for="suggestion-body">{tb().bodyLabel}</label>
        <textarea
          id="suggestion-body"
          rows={6}
          required
          minLength={10}
          maxLength={10000}
          aria-describedby="suggestion-body-hint"
          value={body()}
          onInput={(e) => setBody(e.currentTarget.value)}
        />
        <p id="suggestion-body-hint">{tb().bodyHint}</p>
        <button type="submit" disabled={sending()}>
          {session() ? tb().submitSuggestion : tb().suggestionSignIn}
        </button>
        <p role="status">{message()}</p>
      </form>
      <Show when={session()}>
        <h2>{tb().mySuggestionsTitle}</h2>
        <Show
          when={(mine() ?? []).length > 0}
          fallback={<p>{mine.loading ? tb().loading : tb().noSuggestions}</p>}
        >
          <ul class="suggestions">
            <For each={mine()}>
              {(s) => (
                <li class="card">
                  <h3>
                    {s.kind === 'COMPLAINT' ? tb().kindComplaint : tb().kindSuggestion}: {s.subject}
                  </h3>
                  <dl>
                    <dt>{tb().reference}</dt>
                    <dd>{s.reference}</dd>
                    <dt>{tb().received}</dt>
                    <dd>{formatDateTime(String(s.receivedAt))}</dd>
                    <dt>{tb().statusLabel}</dt>
                    <dd>{tb().suggestionStatus[s.status]}</dd>
                    <Show when={s.committee?.name}>
                      <dt>{tb().committee}</dt>
                      <dd>{s.committee?.name}</dd>
                    </Show>
                    <Show when={s.agendaItem}>
                      {(item) => (
                        <>
                          <dt>{tb().meeting}</dt>
                          <dd>
                            <a href={meetingHref(item().meeting.id)}>
                              {item().meeting.name}
                              {item().meeting.start
                                ? `, ${formatDateTime(String(item().meeting.start))}`
                                : ''}
                            </a>
                            , {item().number} {item().name}
                          </dd>
                        </>
                      )}
                    </Show>
                    <Show when={s.decision}>
                      <dt>{tb().decision}</dt>
                      <dd>{s.decision}</dd>
                    </Show>
                  </dl>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </>
  );
}
