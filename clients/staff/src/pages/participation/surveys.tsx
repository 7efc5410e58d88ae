/**
 * Surveys for staff: every survey with its phase and answers so far; a new one made as a DRAFT
 * (questions: single or multiple choice with one choice per line, free text, scale), then opened
 * and closed (phases only move forward: the hub refuses anything else). Results are public on
 * the portal once a survey is closed.
 */
import { createResource, createSignal, For, Index, Show } from 'solid-js';
import {
  type SurveyPhase,
  type SurveyQuestionInput,
  type SurveyQuestionKind,
  WorkbenchCreateSurveyDocument,
  WorkbenchSetSurveyPhaseDocument,
  WorkbenchSurveysDocument,
} from '../../generated/graphql.ts';
import { client, errorCode } from '../../graphql-client.ts';
import { problemText } from './problems.ts';

const PHASE: Record<SurveyPhase, string> = { DRAFT: 'Entwurf', OPEN: 'läuft', CLOSED: 'abgeschlossen' };
const NEXT: Partial<Record<SurveyPhase, { phase: SurveyPhase; label: string }>> = {
  DRAFT: { phase: 'OPEN', label: 'Öffnen' },
  OPEN: { phase: 'CLOSED', label: 'Schließen' },
};
const KINDS: Record<SurveyQuestionKind, string> = {
  SINGLE_CHOICE: 'Eine Antwort wählen',
  MULTIPLE_CHOICE: 'Mehrere Antworten wählen',
  FREE_TEXT: 'Freitext',
  SCALE: 'Skala',
};

type Draft = {
  kind: SurveyQuestionKind;
  text: string;
  required: boolean;
  options: string;
  min: number;
  max: number;
};
const blank = (): Draft => ({ kind: 'SINGLE_CHOICE', text: '', required: true, options: '', min: 1, max: 5 });

function toInput(q: Draft): SurveyQuestionInput {
  const base = { kind: q.kind, text: q.text.trim(), required: q.required };
  if (q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE')
    return {
      ...base,
      options: q.options
        .split('\n')
        .map((o) => o.trim())
        .filter(Boolean),
    };
  if (q.kind === 'SCALE') return { ...base, scaleMin: q.min, scaleMax: q.max };
  return base;
}

export function SurveysPanel() {
  const [message, setMessage] = createSignal('');
  const [surveys, { refetch }] = createResource(async () => {
    const result = await client()
      .query(WorkbenchSurveysDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw new Error(problemText(errorCode(result.error)));
    return result.data?.surveys ?? [];
  });
  async function move(id: string, title: string, phase: SurveyPhase) {
    const result = await client().mutation(WorkbenchSetSurveyPhaseDocument, { id, phase }).toPromise();
    const done = result.data?.setSurveyPhase;
    if (!done) return setMessage(problemText(errorCode(result.error)));
    setMessage(`„${title}“: ${PHASE[done.phase]}.`);
    await refetch();
  }
  return (
    <section aria-labelledby="surveys-title">
      <h2 id="surveys-title">Umfragen</h2>
      <p role="status" class="message" data-testid="survey-message">
        {message()}
      </p>
      <Show when={surveys()} fallback={<p>Wird geladen …</p>}>
        {(list) => (
          <table class="schedule" data-testid="survey-list">
            <thead>
              <tr>
                <th scope="col">Titel</th>
                <th scope="col">Stand</th>
                <th scope="col">Fragen</th>
                <th scope="col">Antworten</th>
                <th scope="col">Schritt</th>
              </tr>
            </thead>
            <tbody>
              <For each={list()}>
                {(s) => (
                  <tr>
                    <th scope="row">{s.title}</th>
                    <td>
                      {PHASE[s.phase]}
                      {s.verifiedOnly ? ' (nur Verifizierte)' : ''}
                    </td>
                    <td>{s.questions.length}</td>
                    <td>{s.responseCount ?? 0}</td>
                    <td>
                      <Show when={NEXT[s.phase]}>
                        {(next) => (
                          <button
                            type="button"
                            aria-label={`${next().label}: ${s.title}`}
                            onClick={() => move(s.id, s.title, next().phase)}
                          >
                            {next().label}
                          </button>
                        )}
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
      <NewSurvey
        onCreated={async (title) => {
          setMessage(`„${title}“ ist als Entwurf angelegt.`);
          await refetch();
        }}
      />
    </section>
  );
}

function NewSurvey(props: { onCreated: (title: string) => unknown }) {
  const [title, setTitle] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [verifiedOnly, setVerifiedOnly] = createSignal(false);
  const [questions, setQuestions] = createSignal<Draft[]>([blank()]);
  const [problem, setProblem] = createSignal('');
  const change = (index: number, patch: Partial<Draft>) =>
    setQuestions(questions().map((q, i) => (i === index ? { ...q, ...patch } : q)));
  async function create(event: SubmitEvent) {
    event.preventDefault();
    const input = {
      title: title().trim(),
      description: description().trim(),
      verifiedOnly: verifiedOnly(),
      questions: questions().map(toInput),
    };
    const result = await client().mutation(WorkbenchCreateSurveyDocument, { input }).toPromise();
    const created = result.data?.createSurvey;
    if (!created) return setProblem(problemText(errorCode(result.error)));
    setProblem('');
    setTitle('');
    setDescription('');
    setQuestions([blank()]);
    await props.onCreated(created.title);
  }
  return (
    <form class="card" onSubmit={create} aria-labelledby="new-survey-title">
      <h3 id="new-survey-title">Neue Umfrage</h3>
      <label for="survey-title">Titel</label>
      <input id="survey-title" required value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
      <label for="survey-description">Beschreibung</label>
      <textarea
        id="survey-description"
        rows={3}
        value={description()}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      <label>
        <input
          type="checkbox"
          checked={verifiedOnly()}
          onChange={(e) => setVerifiedOnly(e.currentTarget.checked)}
        />{' '}
        Nur verifizierte Einwohnerinnen und Einwohner
      </label>
      <Index each={questions()}>
        {(q, i) => (
          <fieldset class="card">
            <legend>Frage {i + 1}</legend>
            <label for={`q${i}-kind`}>Art</label>
            <select
              id={`q${i}-kind`}
              value={q().kind}
              onChange={(e) => change(i, { kind: e.currentTarget.value as SurveyQuestionKind })}
            >
              <For each={Object.keys(KINDS) as SurveyQuestionKind[]}>
                {(k) => <option value={k}>{KINDS[k]}</option>}
              </For>
            </select>
            <label for={`q${i}-text`}>Frage</label>
            <input
              id={`q${i}-text`}
              required
              value={q().text}
              onInput={(e) => change(i, { text: e.currentTarget.value })}
            />
            <Show when={q().kind === 'SINGLE_CHOICE' || q().kind === 'MULTIPLE_CHOICE'}>
              <label for={`q${i}-options`}>Antworten (eine je Zeile)</label>
              <textarea
                id={`q${i}-options`}
                rows={4}
                required
                value={q().options}
                onInput={(e) => change(i, { options: e.currentTarget.value })}
              />
            </Show>
            <Show when={q().kind === 'SCALE'}>
              <label for={`q${i}-min`}>Von</label>
              <input
                id={`q${i}-min`}
                type="number"
                value={q().min}
                onInput={(e) => change(i, { min: e.currentTarget.valueAsNumber })}
              />
              <label for={`q${i}-max`}>Bis</label>
              <input
                id={`q${i}-max`}
                type="number"
                value={q().max}
                onInput={(e) => change(i, { max: e.currentTarget.valueAsNumber })}
              />
            </Show>
            <label>
              <input
                type="checkbox"
                checked={q().required}
                onChange={(e) => change(i, { required: e.currentTarget.checked })}
              />{' '}
              Pflichtfrage
            </label>
            <Show when={questions().length > 1}>
              <button type="button" onClick={() => setQuestions(questions().filter((_, j) => j !== i))}>
                Frage {i + 1} entfernen
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <div class="actions">
        <button type="button" onClick={() => setQuestions([...questions(), blank()])}>
          Frage hinzufügen
        </button>
        <button type="submit">Als Entwurf anlegen</button>
      </div>
      <Show when={problem()}>
        <p class="message error" role="alert">
          {problem()}
        </p>
      </Show>
    </form>
  );
}
