/**
 * "Mitmachen": the participation overview (proposals of each process, surveys, the way to the
 * Bürgerhaushalt and to the council), a proposal with its support count (live) and threaded
 * comments, a survey (its form while open, its results as bar charts with tables once
 * closed), and suggestions and complaints under § 24 GO NRW shown with the council meeting
 * that deals with them. Details live under #/mitmachen/vorschlag/<id> and
 * #/mitmachen/umfrage/<id>; on each the focus moves to the heading.
 */
import {
  createEffect,
  createResource,
  createSignal,
  For,
  Match,
  on,
  onCleanup,
  Show,
  Switch,
} from 'solid-js';
import { formatDate, formatDateTime } from '../dates.ts';
import {
  PortalAddCommentDocument,
  PortalAnswerSurveyDocument,
  type PortalCommentFragment,
  PortalMySuggestionsDocument,
  PortalParticipationDocument,
  PortalProposalDocument,
  PortalSubmitSuggestionDocument,
  PortalSupportCountDocument,
  PortalSupportProposalDocument,
  PortalSurveyDocument,
  type PortalSurveyQuery,
  type SurveyAnswerInput,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { locale } from '../i18n.ts';
import { tb } from '../i18n-participation.ts';
import { href, meetingHref, proposalHref, routeId, signInThenReturn, surveyHref } from '../router.ts';
import { session } from '../session.ts';
import { BarChart } from './bar-chart.tsx';
import './participation.css';

/**
 * The route stays "participation" between the overview and its details, so the frame does not
 * move the focus: after a change of detail, the heading that shows the loaded page takes it.
 */
let focusPending = false;
function focusHeading() {
  createEffect(
    on(
      routeId,
      () => {
        focusPending = true;
      },
      { defer: true },
    ),
  );
}
const claimFocus = (heading: HTMLElement) => {
  if (!focusPending) return;
  focusPending = false;
  queueMicrotask(() => heading.focus());
};

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

function BackLink() {
  return (
    <p>
      <a href={href('participation')}>{tb().back}</a>
    </p>
  );
}

function ProposalDetail(props: { id: string }) {
  const [proposal, { refetch }] = createResource(
    () => [props.id, session()?.token ?? 'anonymous'] as const,
    async ([id]) =>
      (await client().query(PortalProposalDocument, { id }, { requestPolicy: 'network-only' }).toPromise())
        .data?.proposal ?? null,
  );
  const [count, setCount] = createSignal<{ supportCount: number; thresholdReached: boolean } | null>(null);
  const [message, setMessage] = createSignal('');
  createEffect(
    on(
      () => props.id,
      (id) => {
        setCount(null);
        const live = client()
          .subscription(PortalSupportCountDocument, { proposalId: id })
          .subscribe((result) => {
            const event = result.data?.supportCountChanged;
            if (event)
              setCount({ supportCount: event.supportCount, thresholdReached: event.thresholdReached });
          });
        onCleanup(() => live.unsubscribe());
      },
    ),
  );
  async function support() {
    if (!session()) return signInThenReturn('participation');
    const result = await client().mutation(PortalSupportProposalDocument, { id: props.id }).toPromise();
    const code = errorCode(result.error);
    if (result.data?.supportProposal) {
      setCount(result.data.supportProposal);
      setMessage(tb().supported);
      await refetch();
    } else
      setMessage(
        code === 'CONFLICT' ? tb().supported : code === 'FORBIDDEN' ? tb().notVerified : tb().failed,
      );
  }
  return (
    <Show
      when={!proposal.loading || proposal()}
      fallback={
        <h1 tabindex="-1" aria-busy="true">
          {tb().loading}
        </h1>
      }
    >
      <Show
        when={proposal()}
        fallback={
          <>
            <h1 ref={claimFocus} tabindex="-1">
              {tb().notFound}
            </h1>
            <BackLink />
          </>
        }
      >
        {(p) => {
          const supports = () => count()?.supportCount ?? p().supportCount;
          const reached = () => count()?.thresholdReached ?? p().thresholdReached;
          return (
            <article aria-labelledby="proposal-title">
              <BackLink />
              <h1 ref={claimFocus} id="proposal-title" tabindex="-1">
                {p().title}
              </h1>
              <p>
                {p().process.title} · {tb().category}: {p().category} · {tb().district}: {p().district} ·{' '}
                {formatDate(String(p().createdAt))}
              </p>
              <p>
                {tb().statusLabel}: <strong>{tb().status[p().status]}</strong>
              </p>
              <p class="proposal-body">{p().body}</p>
              <Show when={p().answer}>
                <section class="card" aria-labelledby="answer-title">
                  <h2 id="answer-title">{tb().officialAnswer}</h2>
                  <p>{p().answer}</p>
                </section>
              </Show>
              <p aria-live="polite" data-testid="support-count">
                <strong>{tb().supports(supports())}</strong>.{' '}
                {reached() ? tb().thresholdReached : tb().threshold(p().process.supportThreshold)}
              </p>
              <Show when={!p().supportedByMe} fallback={<p>{tb().supported}</p>}>
                <button type="button" onClick={support}>
                  {session() ? tb().support : tb().supportSignIn}
                </button>
              </Show>
              <Show when={message()}>
                <p role="status">{message()}</p>
              </Show>
              <section aria-labelledby="comments-title">
                <h2 id="comments-title">{tb().commentsTitle}</h2>
                <Show when={p().comments.length > 0} fallback={<p>{tb().noComments}</p>}>
                  <ul class="comments">
                    <For each={p().comments}>
                      {(c) => <CommentItem comment={c} proposalId={p().id} onPosted={refetch} depth={1} />}
                    </For>
                  </ul>
                </Show>
                <CommentForm proposalId={p().id} onPosted={refetch} />
              </section>
            </article>
          );
        }}
      </Show>
    </Show>
  );
}

type CommentTree = PortalCommentFragment & { replies?: CommentTree[] };

function CommentItem(props: {
  comment: CommentTree;
  proposalId: string;
  onPosted: () => unknown;
  depth: number;
}) {
  const [replying, setReplying] = createSignal(false);
  let replyButton: HTMLButtonElement | undefined;
  return (
    <li class="comment">
      <p class="comment-meta">
        {formatDateTime(String(props.comment.createdAt))} <Show when={props.comment.mine}>{tb().yours}</Show>
      </p>
      <p>{props.comment.body ?? <em>{tb().hiddenComment}</em>}</p>
      <Show when={session() && props.depth < 2 && props.comment.body !== null}>
        <Show
          when={replying()}
          fallback={
            <button ref={replyButton} type="button" class="link-button" onClick={() => setReplying(true)}>
              {tb().reply}
            </button>
          }
        >
          <CommentForm
            proposalId={props.proposalId}
            parentId={props.comment.id}
            onPosted={props.onPosted}
            onCancel={() => {
              setReplying(false);
              queueMicrotask(() => replyButton?.focus());
            }}
          />
        </Show>
      </Show>
      <Show when={(props.comment.replies ?? []).length > 0}>
        <ul class="comments" aria-label={tb().repliesTo}>
          <For each={props.comment.replies}>
            {(reply) => (
              <CommentItem
                comment={reply}
                proposalId={props.proposalId}
                onPosted={props.onPosted}
                depth={props.depth + 1}
              />
            )}
          </For>
        </ul>
      </Show>
    </li>
  );
}

let formCount = 0;

function CommentForm(props: {
  proposalId: string;
  parentId?: string;
  onPosted: () => unknown;
  onCancel?: () => void;
}) {
  const id = `comment-${++formCount}`;
  const [body, setBody] = createSignal('');
  const [message, setMessage] = createSignal('');
  let field: HTMLTextAreaElement | undefined;
  if (props.parentId) queueMicrotask(() => field?.focus());
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const result = await client()
      .mutation(PortalAddCommentDocument, {
        proposalId: props.proposalId,
        body: body(),
        parentId: props.parentId ?? null,
      })
      .toPromise();
    if (result.data?.addComment) {
      setBody('');
      setMessage(tb().commentSent);
      await props.onPosted();
    } else setMessage(tb().failed);
  }
  return (
    <Show
      when={session()}
      fallback={
        <button type="button" onClick={() => signInThenReturn('participation')}>
          {tb().commentSignIn}
        </button>
      }
    >
      <form onSubmit={submit} class="comment-form">
        <label for={id}>{props.parentId ? tb().replyLabel : tb().commentLabel}</label>
        <textarea
          ref={field}
          id={id}
          rows={3}
          maxLength={5000}
          required
          value={body()}
          onInput={(e) => setBody(e.currentTarget.value)}
        />
        <button type="submit" disabled={body().trim() === ''}>
          {props.parentId ? tb().sendReply : tb().sendComment}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="link-button" onClick={() => cancel()()}>
              {tb().cancel}
            </button>
          )}
        </Show>
        <Show when={message()}>
          <p role="status">{message()}</p>
        </Show>
      </form>
    </Show>
  );
}

type Survey = NonNullable<PortalSurveyQuery['survey']>;

function SurveyDetail(props: { id: string }) {
  const [survey, { refetch }] = createResource(
    () => [props.id, session()?.token ?? 'anonymous'] as const,
    async ([id]) =>
      (await client().query(PortalSurveyDocument, { id }, { requestPolicy: 'network-only' }).toPromise()).data
        ?.survey ?? null,
  );
  return (
    <Show
      when={!survey.loading || survey()}
      fallback={
        <h1 tabindex="-1" aria-busy="true">
          {tb().loading}
        </h1>
      }
    >
      <Show
        when={survey()}
        fallback={
          <>
            <h1 ref={claimFocus} tabindex="-1">
              {tb().notFound}
            </h1>
            <BackLink />
          </>
        }
      >
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
      </Show>
    </Show>
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
