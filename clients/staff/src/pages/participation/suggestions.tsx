/**
 * § 24 GO NRW: the suggestions and complaints to the council, oldest first. Staff hand one to
 * the responsible committee (a council organization) and, once it is on an agenda, name the
 * agenda item of a coming meeting; then they record the decision. The citizen sees each step
 * on the portal. Every step is audited by the hub.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../../dates.ts';
import {
  type SuggestionStatus,
  WorkbenchCouncilCommitteesDocument,
  WorkbenchHandOverSuggestionDocument,
  WorkbenchRecordSuggestionDecisionDocument,
  type WorkbenchSuggestionFragment,
  WorkbenchSuggestionQueueDocument,
} from '../../generated/graphql.ts';
import { client, errorCode } from '../../graphql-client.ts';
import { problemText } from './problems.ts';

const STATUS: Record<SuggestionStatus, string> = {
  RECEIVED: 'eingegangen',
  HANDED_OVER: 'an den Ausschuss weitergegeben',
  SCHEDULED: 'auf der Tagesordnung',
  DECIDED: 'entschieden',
};

export function SuggestionsPanel() {
  const [status, setStatus] = createSignal<SuggestionStatus | ''>('');
  const [message, setMessage] = createSignal('');
  const [list, { mutate }] = createResource(status, async (s) => {
    const result = await client()
      .query(
        WorkbenchSuggestionQueueDocument,
        { status: s === '' ? null : s },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) throw new Error(problemText(errorCode(result.error)));
    return result.data?.suggestionQueue ?? [];
  });
  const [council] = createResource(
    async () =>
      (
        await client()
          .query(WorkbenchCouncilCommitteesDocument, {}, { requestPolicy: 'network-only' })
          .toPromise()
      ).data ?? { councilOrganizations: [], councilMeetings: [] },
  );
  const replace = (changed: WorkbenchSuggestionFragment, text: string) => {
    mutate((rows) => (rows ?? []).map((r) => (r.id === changed.id ? changed : r)));
    setMessage(text);
  };
  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Anregungen und Beschwerden an den Rat (§ 24 GO NRW)</h2>
      <div class="toolbar">
        <div class="field">
          <label for="suggestion-status">Stand</label>
          <select
            id="suggestion-status"
            value={status()}
            onChange={(e) => setStatus(e.currentTarget.value as SuggestionStatus | '')}
          >
            <option value="">alle</option>
            <For each={Object.keys(STATUS) as SuggestionStatus[]}>
              {(s) => <option value={s}>{STATUS[s]}</option>}
            </For>
          </select>
        </div>
      </div>
      <p role="status" class="message" data-testid="suggestion-message">
        {message()}
      </p>
      <Show when={!list.error} fallback={<p class="message error">{String(list.error?.message)}</p>}>
        <Show when={list()} fallback={<p>Wird geladen …</p>}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p>Keine Anregungen oder Beschwerden.</p>}>
              <ul class="screens">
                <For each={rows()}>
                  {(s) => <SuggestionCard suggestion={s} council={council()} onChanged={replace} />}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}

type Council = {
  councilOrganizations: Array<{ id: string; name?: string | null }>;
  councilMeetings: Array<{
    id: string;
    name?: string | null;
    start?: unknown;
    organizations: Array<{ id: string }>;
    agendaItems: Array<{ id: string; number?: string | null; name?: string | null }>;
  }>;
};

function SuggestionCard(props: {
  suggestion: WorkbenchSuggestionFragment;
  council: Council | undefined;
  onChanged: (s: WorkbenchSuggestionFragment, message: string) => void;
}) {
  const s = () => props.suggestion;
  const [committee, setCommittee] = createSignal(props.suggestion.committee?.id ?? '');
  const [problem, setProblem] = createSignal('');
  const meetings = () =>
    (props.council?.councilMeetings ?? []).filter(
      (m) => committee() !== '' && m.organizations.some((o) => o.id === committee()),
    );
  const headingId = `suggestion-${props.suggestion.id}`;
  async function handOver(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const agendaItemId = String(data.get('agendaItem') ?? '');
    const result = await client()
      .mutation(WorkbenchHandOverSuggestionDocument, {
        input: { suggestionId: s().id, committeeId: committee(), agendaItemId: agendaItemId || null },
      })
      .toPromise();
    const changed = result.data?.handOverSuggestion;
    if (!changed) return setProblem(problemText(errorCode(result.error)));
    setProblem('');
    props.onChanged(changed, `${changed.reference} ist ${STATUS[changed.status]}.`);
  }
  async function decide(event: SubmitEvent) {
    event.preventDefault();
    const decision = String(
      new FormData(event.currentTarget as HTMLFormElement).get('decision') ?? '',
    ).trim();
    const result = await client()
      .mutation(WorkbenchRecordSuggestionDecisionDocument, { id: s().id, decision })
      .toPromise();
    const changed = result.data?.recordSuggestionDecision;
    if (!changed) return setProblem(problemText(errorCode(result.error)));
    setProblem('');
    props.onChanged(changed, `${changed.reference} ist ${STATUS[changed.status]}.`);
  }
  return (
    <li class="card" data-testid={`suggestion-${s().reference}`}>
      <h3 id={headingId}>
        {s().reference}: {s().kind === 'COMPLAINT' ? 'Beschwerde' : 'Anregung'} „{s().subject}“
      </h3>
      <p>{s().body}</p>
      <dl>
        <dt>Eingegangen</dt>
        <dd>{formatDateTime(String(s().receivedAt))}</dd>
        <dt>Stand</dt>
        <dd data-testid="suggestion-status">{STATUS[s().status]}</dd>
        <Show when={s().committee}>
          <dt>Ausschuss</dt>
          <dd>{s().committee?.name ?? s().committee?.id}</dd>
        </Show>
        <Show when={s().agendaItem}>
          {(item) => (
            <>
              <dt>Tagesordnung</dt>
              <dd>
                {item().meeting.name}, {item().number} {item().name}
              </dd>
            </>
          )}
        </Show>
        <Show when={s().decision}>
          <dt>Entscheidung</dt>
          <dd>{s().decision}</dd>
        </Show>
      </dl>
      <Show when={s().status !== 'DECIDED'}>
        <form class="inline-form" onSubmit={handOver} aria-label={`${s().reference} weitergeben`}>
          <label for={`${headingId}-committee`}>Zuständiger Ausschuss</label>
          <select
            id={`${headingId}-committee`}
            required
            value={committee()}
            onChange={(e) => setCommittee(e.currentTarget.value)}
          >
            <option value="">bitte wählen</option>
            <For each={props.council?.councilOrganizations ?? []}>
              {(o) => <option value={o.id}>{o.name ?? o.id}</option>}
            </For>
          </select>
          <label for={`${headingId}-item`}>Tagesordnungspunkt (wenn schon bekannt)</label>
          <select id={`${headingId}-item`} name="agendaItem" value={s().agendaItem?.id ?? ''}>
            <option value="">noch keiner</option>
            <For each={meetings()}>
              {(m) => (
                <optgroup label={`${m.name ?? m.id}${m.start ? `, ${formatDateTime(String(m.start))}` : ''}`}>
                  <For each={m.agendaItems}>
                    {(item) => (
                      <option value={item.id}>
                        {item.number} {item.name}
                      </option>
                    )}
                  </For>
                </optgroup>
              )}
            </For>
          </select>
          <button type="submit">Weitergeben</button>
        </form>
      </Show>
      <Show when={s().status === 'HANDED_OVER' || s().status === 'SCHEDULED'}>
        <form class="inline-form" onSubmit={decide} aria-label={`Entscheidung zu ${s().reference}`}>
          <label for={`${headingId}-decision`}>Entscheidung des Ausschusses</label>
          <input id={`${headingId}-decision`} name="decision" required maxLength={10000} />
          <button type="submit">Entscheidung erfassen</button>
        </form>
      </Show>
      <Show when={problem()}>
        <p class="message error" role="alert">
          {problem()}
        </p>
      </Show>
    </li>
  );
}
