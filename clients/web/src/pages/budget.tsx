/**
 * "Bürgerhaushalt": the ballot of each participatory budget in its voting phase. The
 * remaining budget (knapsack) or the count of chosen projects (approval) updates with every
 * choice, announced to screen readers (aria-live); the vote is refused over budget here and
 * again by the hub.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import {
  PortalBudgetsDocument,
  type PortalBudgetsQuery,
  PortalCastBallotDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { tb } from '../i18n-participation.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { BudgetResult, euros } from './budget-results.tsx';

type Budget = PortalBudgetsQuery['participatoryBudgets'][number];

function Ballot(props: { budget: Budget }) {
  const [chosen, setChosen] = createSignal<Set<string>>(new Set());
  const [message, setMessage] = createSignal('');
  const [done, setDone] = createSignal(props.budget.votedByMe === true);
  const cost = () => props.budget.projects.filter((p) => chosen().has(p.id)).reduce((s, p) => s + p.cost, 0);
  const remaining = () => props.budget.total - cost();
  const problem = () =>
    props.budget.style === 'KNAPSACK'
      ? remaining() < 0
        ? tb().overBudget
        : ''
      : chosen().size > (props.budget.maxApprovals ?? 0)
        ? tb().tooMany
        : '';
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen());
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!session()) return signInThenReturn('budget');
    const result = await client()
      .mutation(PortalCastBallotDocument, { budgetId: props.budget.id, projectIds: [...chosen()] })
      .toPromise();
    if (result.data?.castBallot) {
      setDone(true);
      return setMessage(tb().voted);
    }
    const code = errorCode(result.error);
    if (code === 'CONFLICT') setDone(true);
    setMessage(
      code === 'CONFLICT' ? tb().alreadyVoted : code === 'FORBIDDEN' ? tb().notVerified : tb().failed,
    );
  }
  const headingId = `budget-${props.budget.id}`;
  return (
    <section aria-labelledby={headingId} class="card">
      <h2 id={headingId}>{props.budget.title}</h2>
      <p>{tb().total(euros(props.budget.total))}</p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{tb().projects}</legend>
          <For each={props.budget.projects}>
            {(project) => (
              <div class="budget-project">
                <label>
                  <input
                    type="checkbox"
                    disabled={done()}
                    checked={chosen().has(project.id)}
                    onChange={(e) => toggle(project.id, e.currentTarget.checked)}
                  />{' '}
                  <strong>{project.title}</strong> · {tb().district}: {project.district} · {tb().cost}:{' '}
                  {euros(project.cost)}
                </label>
                <p>{project.description}</p>
              </div>
            )}
          </For>
        </fieldset>
        <p aria-live="polite" data-testid="budget-remaining">
          {props.budget.style === 'KNAPSACK'
            ? tb().remaining(euros(remaining()))
            : tb().chosen(chosen().size, props.budget.maxApprovals ?? 0)}
        </p>
        <Show when={problem()}>
          <p role="alert">{problem()}</p>
        </Show>
        <Show when={!done()}>
          <button type="submit" disabled={problem() !== '' || chosen().size === 0}>
            {session() ? tb().cast : tb().signIn}
          </button>
        </Show>
        <Show when={message()}>
          <p role="status">{message()}</p>
        </Show>
      </form>
    </section>
  );
}

export function BudgetPage() {
  const [budgets] = createResource(
    () => session()?.token ?? 'anonymous',
    async () =>
      (await client().query(PortalBudgetsDocument, {}, { requestPolicy: 'network-only' }).toPromise()).data
        ?.participatoryBudgets ?? [],
  );
  const voting = () => (budgets() ?? []).filter((b) => b.phase === 'VOTE');
  const decided = () => (budgets() ?? []).filter((b) => b.phase === 'RESULT');
  return (
    <>
      <h1>{tb().budgetTitle}</h1>
      <p>{tb().budgetIntro}</p>
      <Show when={!budgets.loading} fallback={<p>{tb().loading}</p>}>
        <Show when={voting().length > 0} fallback={<p>{tb().none}</p>}>
          <For each={voting()}>{(budget) => <Ballot budget={budget} />}</For>
        </Show>
        <Show when={decided().length > 0}>
          <h2>{tb().resultsTitle}</h2>
          <For each={decided()}>{(budget) => <BudgetResult budget={budget} />}</For>
        </Show>
      </Show>
    </>
  );
}
