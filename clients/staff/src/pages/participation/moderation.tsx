/**
 * The moderation queue: reported proposals and comments, most reports first, with what they say
 * (also while hidden) and the reporters' reasons. A moderator shows one again or removes it for
 * good, always with a reason (audited by the hub).
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import {
  type ContributionType,
  type ModerationDecision,
  type ModerationState,
  WorkbenchModerateDocument,
  WorkbenchModerationQueueDocument,
} from '../../generated/graphql.ts';
import { client, errorCode } from '../../graphql-client.ts';
import { problemText } from './problems.ts';

const KIND: Record<ContributionType, string> = { PROPOSAL: 'Vorschlag', COMMENT: 'Kommentar' };
const STATE: Record<ModerationState, string> = {
  VISIBLE: 'sichtbar',
  HIDDEN: 'verborgen (wartet auf Entscheidung)',
  REMOVED: 'entfernt',
};

export function ModerationPanel() {
  const [message, setMessage] = createSignal('');
  const [queue, { refetch }] = createResource(async () => {
    const result = await client()
      .query(WorkbenchModerationQueueDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw new Error(problemText(errorCode(result.error)));
    return result.data?.moderationQueue ?? [];
  });
  async function decide(event: SubmitEvent, type: ContributionType, id: string) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const decision = String(data.get('decision')) as ModerationDecision;
    const reason = String(data.get('reason') ?? '').trim();
    const result = await client()
      .mutation(WorkbenchModerateDocument, { type, id, decision, reason })
      .toPromise();
    const done = result.data?.moderateContribution;
    if (!done) return setMessage(problemText(errorCode(result.error)));
    setMessage(`${KIND[done.type]} ist jetzt ${STATE[done.moderation]}.`);
    await refetch();
  }
  return (
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">Gemeldete Beiträge</h2>
      <p role="status" class="message" data-testid="moderation-message">
        {message()}
      </p>
      <Show when={!queue.error} fallback={<p class="message error">{String(queue.error?.message)}</p>}>
        <Show when={queue()} fallback={<p>Wird geladen …</p>}>
          {(items) => (
            <Show when={items().length > 0} fallback={<p>Keine gemeldeten Beiträge.</p>}>
              <ul class="screens">
                <For each={items()}>
                  {(item) => (
                    <li class="card" data-testid={`moderation-${item.id}`}>
                      <h3>
                        {KIND[item.type]}, {item.reportCount} Meldungen, {STATE[item.moderation]}
                      </h3>
                      <blockquote>{item.text}</blockquote>
                      <p>Gründe der Meldungen:</p>
                      <ul>
                        <For each={item.reasons}>{(reason) => <li>{reason}</li>}</For>
                      </ul>
                      <form
                        class="inline-form"
                        aria-label={`Entscheidung über ${KIND[item.type]}`}
                        onSubmit={(e) => decide(e, item.type, item.id)}
                      >
                        <fieldset>
                          <legend>Entscheidung</legend>
                          <label>
                            <input type="radio" name="decision" value="RESTORE" required /> wieder zeigen
                          </label>{' '}
                          <label>
                            <input type="radio" name="decision" value="REMOVE" /> endgültig entfernen
                          </label>
                        </fieldset>
                        <label for={`reason-${item.id}`}>Begründung</label>
                        <input
                          id={`reason-${item.id}`}
                          name="reason"
                          required
                          minLength={3}
                          maxLength={1000}
                        />
                        <button type="submit">Entscheiden</button>
                      </form>
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
