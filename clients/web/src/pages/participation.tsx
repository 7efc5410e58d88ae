/**
 * "Mitmachen": the participation overview (proposals of each process, surveys, the way to the
 * Bürgerhaushalt and to the council). Details live under #/mitmachen/vorschlag/<id>
 * (proposal.tsx) and #/mitmachen/umfrage/<id> (survey.tsx); § 24 suggestions in
 * suggestions.tsx. On each detail the focus moves to the heading.
 */
import { createResource, For, Match, Show, Switch } from 'solid-js';
import { PortalParticipationDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tb } from '../i18n-participation.ts';
import { href, proposalHref, routeId, surveyHref } from '../router.ts';
import { session } from '../session.ts';
import { claimFocus, focusHeading } from './participation-shared.tsx';
import { ProposalDetail } from './proposal.tsx';
import { SurveyDetail } from './survey.tsx';
import './participation.css';

export { SuggestionsPage } from './suggestions.tsx';

export function ParticipationPage() {
  focusHeading();
  return (
    <Switch fallback={<Overview />}>
      <Match when={routeId().startsWith('vorschlag/') && routeId().slice('vorschlag/'.length)}>
        {(id) => <ProposalDetail id={id()} />}
      </Match>
      <Match when={routeId().startsWith('umfrage/') && routeId().slice('umfrage/'.length)}>
        {(id) => <SurveyDetail id={id()} />}
      </Match>
    </Switch>
  );
}

function Overview() {
  const [data] = createResource(
    () => session()?.token ?? 'anonymous',
    async () =>
      (await client().query(PortalParticipationDocument, {}, { requestPolicy: 'network-only' }).toPromise())
        .data,
  );
  return (
    <>
      <h1 ref={claimFocus} tabindex="-1">
        {tb().participationTitle}
      </h1>
      <p>{tb().participationIntro}</p>
      <ul class="participation-links">
        <li>
          <a href={href('budget')}>{tb().budgetLink}</a>
        </li>
        <li>
          <a href={href('suggestions')}>{tb().suggestionsLink}</a>
        </li>
      </ul>
      <Show when={data()} fallback={<p>{tb().loading}</p>}>
        {(d) => (
          <>
            <h2>{tb().proposalsTitle}</h2>
            <For each={d().participationProcesses}>
              {(process) => (
                <section class="card" aria-labelledby={`process-${process.id}`}>
                  <h3 id={`process-${process.id}`}>{process.title}</h3>
                  <p>{process.description}</p>
                  <Show when={process.proposals.length > 0} fallback={<p>{tb().noProposals}</p>}>
                    <ul>
                      <For each={process.proposals}>
                        {(p) => (
                          <li>
                            <a href={proposalHref(p.id)}>{p.title}</a> · {p.district} ·{' '}
                            {tb().supports(p.supportCount)} · {tb().status[p.status]}
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </section>
              )}
            </For>
            <h2>{tb().surveysTitle}</h2>
            <Show when={d().surveys.length > 0} fallback={<p>{tb().noSurveys}</p>}>
              <ul>
                <For each={d().surveys}>
                  {(s) => (
                    <li>
                      <a href={surveyHref(s.id)}>{s.title}</a> ·{' '}
                      {s.phase === 'CLOSED' ? tb().surveyClosed : tb().surveyOpen}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
