/**
 * Paper and counter ballots of a participatory budget in its voting phase: staff type the
 * voter's account number and the projects ticked on paper. The hub folds them into the same
 * count with the same one-ballot rule as online voting (a second ballot, on paper or online, is
 * refused) and the same budget rules. A person not yet verified can be verified here in person
 * first (identity card seen, birth date typed). What a ballot said is never shown again.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import {
  WorkbenchEnterPaperBallotDocument,
  WorkbenchVerifyInPersonDocument,
  WorkbenchVotingBudgetsDocument,
} from '../../generated/graphql.ts';
import { client, errorCode } from '../../graphql-client.ts';
import { problemText } from './problems.ts';

const euros = (value: number) =>
  value.toLocaleString('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export function BallotsPanel() {
  const [budgets] = createResource(async () =>
    (
      (
        await client()
          .query(WorkbenchVotingBudgetsDocument, {}, { requestPolicy: 'network-only' })
          .toPromise()
      ).data?.participatoryBudgets ?? []
    ).filter((b) => b.phase === 'VOTE'),
  );
  const [budgetId, setBudgetId] = createSignal('');
  const budget = () => (budgets() ?? []).find((b) => b.id === budgetId()) ?? (budgets() ?? [])[0];
  const [chosen, setChosen] = createSignal<Set<string>>(new Set());
  const [voter, setVoter] = createSignal('');
  const [birthDate, setBirthDate] = createSignal('');
  const [message, setMessage] = createSignal('');
  const projects = () => (budget()?.projects ?? []).filter((p) => p.feasible);
  const cost = () => projects().reduce((sum, p) => sum + (chosen().has(p.id) ? p.cost : 0), 0);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen());
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  async function enter(event: SubmitEvent) {
    event.preventDefault();
    const b = budget();
    if (!b) return;
    const accountId = voter().trim();
    if (birthDate()) {
      const verified = await client()
        .mutation(WorkbenchVerifyInPersonDocument, { accountId, birthDate: birthDate() })
        .toPromise();
      if (!verified.data?.verifyResidentInPerson) return setMessage(problemText(errorCode(verified.error)));
    }
    const result = await client()
      .mutation(WorkbenchEnterPaperBallotDocument, {
        budgetId: b.id,
        voterAccountId: accountId,
        projectIds: [...chosen()],
      })
      .toPromise();
    if (result.data?.enterPaperBallot) {
      setChosen(new Set<string>());
      setVoter('');
      setBirthDate('');
      return setMessage('Der Stimmzettel ist gezählt.');
    }
    const code = errorCode(result.error);
    setMessage(
      code === 'CONFLICT'
        ? 'Nicht gezählt: Diese Person hat schon abgestimmt (online oder auf Papier).'
        : problemText(code),
    );
  }
  return (
    <section aria-labelledby="ballots-title">
      <h2 id="ballots-title">Papier- und Schalterstimmzettel erfassen</h2>
      <Show when={budgets()} fallback={<p>Wird geladen …</p>}>
        <Show when={budget()} fallback={<p>Zurzeit läuft keine Abstimmung.</p>}>
          {(b) => (
            <form class="card" onSubmit={enter}>
              <label for="ballot-budget">Bürgerhaushalt</label>
              <select
                id="ballot-budget"
                value={b().id}
                onChange={(e) => {
                  setBudgetId(e.currentTarget.value);
                  setChosen(new Set<string>());
                }}
              >
                <For each={budgets()}>{(x) => <option value={x.id}>{x.title}</option>}</For>
              </select>
              <label for="ballot-voter">Kundennummer der Wählerin oder des Wählers (Konto-ID)</label>
              <input
                id="ballot-voter"
                required
                value={voter()}
                onInput={(e) => setVoter(e.currentTarget.value)}
              />
              <label for="ballot-birth">
                Noch nicht verifiziert? Ausweis gesehen: Geburtsdatum (sonst leer lassen)
              </label>
              <input
                id="ballot-birth"
                type="date"
                value={birthDate()}
                onInput={(e) => setBirthDate(e.currentTarget.value)}
              />
              <fieldset>
                <legend>Angekreuzte Projekte</legend>
                <For each={projects()}>
                  {(p) => (
                    <label class="choice">
                      <input
                        type="checkbox"
                        checked={chosen().has(p.id)}
                        onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                      />{' '}
                      {p.title} ({euros(p.cost)})
                    </label>
                  )}
                </For>
              </fieldset>
              <p aria-live="polite" data-testid="paper-ballot-sum">
                {b().style === 'KNAPSACK'
                  ? `Summe ${euros(cost())} von ${euros(b().total)}`
                  : `${chosen().size} von höchstens ${b().maxApprovals ?? 0} Projekten`}
              </p>
              <button type="submit" disabled={chosen().size === 0}>
                Stimmzettel erfassen
              </button>
              <p role="status" class="message" data-testid="paper-ballot-message">
                {message()}
              </p>
            </form>
          )}
        </Show>
      </Show>
    </section>
  );
}
