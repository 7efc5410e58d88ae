/**
 * A participatory budget's result (phase RESULT): votes per project as bars, each project's
 * cost and whether the published winner rule funds it, and the budget left after the funded
 * projects. Every number comes from the graph's `results` (the hub counts); the table under
 * the bars carries them for screen readers.
 */
import { Show } from 'solid-js';
import type { PortalBudgetResultFragment, PortalBudgetsQuery } from '../generated/graphql.ts';
import { locale } from '../i18n.ts';
import { tb } from '../i18n-participation.ts';
import { BarChart } from './bar-chart.tsx';

type Budget = PortalBudgetsQuery['participatoryBudgets'][number];

export const euros = (value: number) =>
  value.toLocaleString(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** The result under the budget's published rule (the graph marks it `official`). */
function officialResult(budget: Budget): PortalBudgetResultFragment | null {
  const results = budget.results;
  if (!results) return null;
  return [results.greedy, results.equalShares].find((r) => r.official) ?? null;
}

export function BudgetResult(props: { budget: Budget }) {
  const result = () => officialResult(props.budget);
  const headingId = `result-${props.budget.id}`;
  return (
    <section aria-labelledby={headingId} class="card">
      <h3 id={headingId}>{tb().resultHeading(props.budget.title)}</h3>
      <p>
        {tb().ruleLabel}: {tb().rules[props.budget.rule]}. {tb().ballots(props.budget.ballotCount ?? 0)}.
      </p>
      <Show when={result()}>
        {(r) => (
          <>
            <BarChart
              caption={tb().resultCaption}
              labelHeader={tb().projectCol}
              countHeader={tb().votesCol}
              extraHeaders={[tb().cost, tb().fundedCol]}
              percent={false}
              legend={tb().fundedLegend}
              rows={r().projects.map((p) => ({
                label: p.project.title,
                count: p.votes,
                cells: [euros(p.project.cost), p.selected ? tb().yes : tb().no],
                marked: p.selected,
              }))}
            />
            <dl class="budget-totals" data-testid={`budget-totals-${props.budget.id}`}>
              <dt>{tb().budgetCol}</dt>
              <dd>{euros(props.budget.total)}</dd>
              <dt>{tb().fundedTotal}</dt>
              <dd>{euros(r().selectedCost)}</dd>
              <dt>{tb().remainingAfter}</dt>
              <dd>{euros(props.budget.total - r().selectedCost)}</dd>
            </dl>
          </>
        )}
      </Show>
    </section>
  );
}
