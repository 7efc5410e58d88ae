/**
 * A survey: its form while open (one answer per person), its results as bar charts with
 * tables once closed.
 */
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import {
  PortalAnswerSurveyDocument,
  PortalSurveyDocument,
  type PortalSurveyQuery,
  type SurveyAnswerInput,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { locale } from '../i18n.ts';
import { tb } from '../i18n-participation.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { BarChart } from './bar-chart.tsx';
import { BackLink, claimFocus, LoadedDetail } from './participation-shared.tsx';

type Survey = NonNullable<PortalSurveyQuery['survey']>;

export function SurveyDetail(props: { id: string }) {
  const [survey, { refetch }] = createResource(
    () => [props.id, session()?.token ?? 'anonymous'] as const,
    async ([id]) =>
      (await client().query(PortalSurveyDocument, { id }, { requestPolicy: 'network-only' }).toPromise()).data
        ?.survey ?? null,
  );
  return (
    <LoadedDetail resource={survey}>
      {(s) => (
        <article aria-labelledby="survey-title">
          <BackLink />
          <h1 ref={claimFocus} id="survey-title" tabindex="-1">
            {s().title}
          </h1>
          <p>{s().description}</p>
          <Show when={s().phase === 'CLOSED'} fallback={<SurveyForm survey={s()} onAnswered={refetch} />}>
            <SurveyResults survey={s()} />
          </Show>
        </article>
      )}
    </LoadedDetail>
  );
}

function SurveyForm(props: { survey: Survey; onAnswered: () => unknown }) {
  const [choices, setChoices] = createSignal<Record<string, string[]>>({});
  const [values, setValues] = createSignal<Record<string, number>>({});
  const [texts, setTexts] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal(props.survey.answeredByMe ? tb().surveyAlready : '');
  const [done, setDone] = createSignal(props.survey.answeredByMe === true);
  const pick = (questionId: string, optionId: string, on: boolean, single: boolean) => {
    const now = choices()[questionId] ?? [];
    const next = single ? [optionId] : on ? [...now, optionId] : now.filter((o) => o !== optionId);
    setChoices({ ...choices(), [questionId]: next });
  };
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!session()) return signInThenReturn('participation');
    const answers: SurveyAnswerInput[] = props.survey.questions.flatMap((q): SurveyAnswerInput[] => {
      if (q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE') {
        const optionIds = choices()[q.id] ?? [];
        return optionIds.length ? [{ questionId: q.id, optionIds }] : [];
      }
      if (q.kind === 'SCALE') {
        const value = values()[q.id];
        return value === undefined ? [] : [{ questionId: q.id, value }];
      }
      const text = texts()[q.id]?.trim() ?? '';
      return text ? [{ questionId: q.id, text }] : [];
    });
    const answered = new Set(answers.map((a) => a.questionId));
    if (props.survey.questions.some((q) => q.required && !answered.has(q.id)))
      return setMessage(tb().surveyMissing);
    const result = await client()
      .mutation(PortalAnswerSurveyDocument, { surveyId: props.survey.id, answers })
      .toPromise();
    const code = errorCode(result.error);
    if (result.data?.answerSurvey || code === 'CONFLICT') {
      setDone(true);
      setMessage(result.data?.answerSurvey ? tb().surveyThanks : tb().surveyAlready);
      return;
    }
    setMessage(code === 'FORBIDDEN' ? tb().notVerified : tb().failed);
  }
  return (
    <form onSubmit={submit}>
      <For each={props.survey.questions}>
        {(q) => {
          const name = `q-${q.id}`;
          const legend = () => `${q.position}. ${q.text}${q.required ? ` ${tb().surveyRequired}` : ''}`;
          return (
            <Switch>
              <Match when={q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE'}>
                <fieldset class="card" disabled={done()}>
                  <legend>{legend()}</legend>
                  <For each={q.options}>
                    {(o) => (
                      <label class="choice">
                        <input
                          type={q.kind === 'SINGLE_CHOICE' ? 'radio' : 'checkbox'}
                          name={name}
                          value={o.id}
                          checked={(choices()[q.id] ?? []).includes(o.id)}
                          onChange={(e) =>
                            pick(q.id, o.id, e.currentTarget.checked, q.kind === 'SINGLE_CHOICE')
                          }
                        />{' '}
                        {o.label}
                      </label>
                    )}
                  </For>
                </fieldset>
              </Match>
              <Match when={q.kind === 'SCALE'}>
                <fieldset class="card" disabled={done()} aria-describedby={`${name}-hint`}>
                  <legend>{legend()}</legend>
                  <p id={`${name}-hint`}>{tb().scaleHint(q.scaleMin ?? 1, q.scaleMax ?? 5)}</p>
                  <div class="scale">
                    <For
                      each={Array.from(
                        { length: (q.scaleMax ?? 5) - (q.scaleMin ?? 1) + 1 },
                        (_, i) => (q.scaleMin ?? 1) + i,
                      )}
                    >
                      {(v) => (
                        <label class="choice">
                          <input
                            type="radio"
                            name={name}
                            value={v}
                            checked={values()[q.id] === v}
                            onChange={() => setValues({ ...values(), [q.id]: v })}
                          />{' '}
                          {v}
                        </label>
                      )}
                    </For>
                  </div>
                </fieldset>
              </Match>
              <Match when={q.kind === 'FREE_TEXT'}>
                <div class="card">
                  <label for={name}>{legend()}</label>
                  <textarea
                    id={name}
                    rows={4}
                    maxLength={5000}
                    disabled={done()}
                    value={texts()[q.id] ?? ''}
                    onInput={(e) => setTexts({ ...texts(), [q.id]: e.currentTarget.value })}
                  />
                </div>
              </Match>
            </Switch>
          );
        }}
      </For>
      <Show when={!done()}>
        <button type="submit">{session() ? tb().surveySend : tb().surveySignIn}</button>
      </Show>
      <p role="status">{message()}</p>
    </form>
  );
}

function SurveyResults(props: { survey: Survey }) {
  const mean = (value: number) => value.toLocaleString(locale(), { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{tb().surveyResults}</h2>
      <p>{tb().surveyResponses(props.survey.responseCount ?? 0)}</p>
      <For each={props.survey.results ?? []}>
        {(r) => (
          <section class="card">
            <h3>{r.question.text}</h3>
            <Show when={r.question.kind !== 'FREE_TEXT'} fallback={<p>{tb().freeTextResults(r.answered)}</p>}>
              <BarChart
                caption={`${tb().answered(r.answered)}${r.mean != null ? ` · ${tb().mean(mean(r.mean))}` : ''}`}
                labelHeader={tb().answerCol}
                countHeader={tb().countCol}
                rows={r.counts}
              />
            </Show>
          </section>
        )}
      </For>
    </section>
  );
}
