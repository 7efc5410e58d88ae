/**
 * Unsere Kitas: a provider's coordinator keeps its Kitas' entries in the family directory:
 * places per age group (free places move with them; the graph refuses fewer places than offers
 * and contracts hold, and offers added places down the waiting list), weekly hours and opening
 * times. Only the Kitas of the providers the account coordinates are listed (myCoordinatedKitas).
 */
import { createResource, createSignal, For, Index } from 'solid-js';
import {
  type KitaAgeGroup,
  type WorkbenchKitaEntryFragment,
  WorkbenchMyKitasDocument,
  WorkbenchSetKitaPlacesDocument,
  WorkbenchUpdateKitaHoursDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { AGE_GROUP } from './kita-allocation.tsx';
import { LoadedList } from './loaded-list.tsx';

const ERRORS: Record<string, string> = {
  CONFLICT: 'Angebote und Verträge belegen schon mehr Plätze als diese Zahl.',
  BAD_USER_INPUT: 'Bitte die Eingaben prüfen (Plätze 0 bis 500, Stunden 1 bis 60).',
  FORBIDDEN: 'Diese Kita gehört nicht zu Ihrem Träger.',
  NOT_FOUND: 'Diese Kita gibt es nicht (mehr).',
};
type Kita = WorkbenchKitaEntryFragment;

/** "25, 35, 45" → [25, 35, 45]; null when anything is not a whole number. */
export function parseHours(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) return null;
  return parts.map(Number);
}

function KitaForm(props: { kita: Kita; onSaved: (kita: Kita) => void }) {
  const [message, setMessage] = createSignal('');
  async function save(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const hours = parseHours(String(data.get('hours') ?? ''));
    if (!hours) return setMessage('Bitte die Wochenstunden als Zahlen angeben, z. B. 25, 35, 45.');
    let kita = props.kita;
    for (const group of props.kita.places) {
      const places = Number(data.get(`places-${group.ageGroup}`));
      if (places === group.places) continue;
      const result = await client()
        .mutation(WorkbenchSetKitaPlacesDocument, {
          kitaId: kita.id,
          ageGroup: group.ageGroup as KitaAgeGroup,
          places,
        })
        .toPromise();
      if (!result.data)
        return setMessage(
          `${AGE_GROUP[group.ageGroup]}: ${ERRORS[errorCode(result.error) ?? ''] ?? result.error?.message}`,
        );
      kita = result.data.setKitaPlaces;
      props.onSaved(kita);
    }
    const result = await client()
      .mutation(WorkbenchUpdateKitaHoursDocument, {
        id: kita.id,
        input: { weeklyHours: hours, openingTimes: String(data.get('openingTimes') ?? '') },
      })
      .toPromise();
    if (!result.data) return setMessage(ERRORS[errorCode(result.error) ?? ''] ?? result.error?.message ?? '');
    props.onSaved(result.data.updateKita);
    setMessage('Gespeichert.');
  }
  const id = (name: string) => `${name}-${props.kita.id}`;
  return (
    <article class="card" data-testid={`kita-entry-${props.kita.id}`} aria-labelledby={id('title')}>
      <h2 id={id('title')}>{props.kita.name}</h2>
      <form onSubmit={save}>
        <table class="schedule">
          <caption>Plätze nach Altersgruppe</caption>
          <thead>
            <tr>
              <th scope="col">Altersgruppe</th>
              <th scope="col">Plätze</th>
              <th scope="col">davon frei</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.kita.places}>
              {(group) => (
                <tr>
                  <th scope="row">{AGE_GROUP[group.ageGroup]}</th>
                  <td>
                    <label class="visually-hidden" for={id(`places-${group.ageGroup}`)}>
                      Plätze {AGE_GROUP[group.ageGroup]}
                    </label>
                    <input
                      id={id(`places-${group.ageGroup}`)}
                      name={`places-${group.ageGroup}`}
                      type="number"
                      min="0"
                      max="500"
                      required
                      value={group.places}
                    />
                  </td>
                  <td data-testid={`free-${group.ageGroup}`}>{group.freePlaces}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <label for={id('hours')}>Wochenstunden (mit Komma getrennt)</label>
        <input id={id('hours')} name="hours" required value={props.kita.weeklyHours.join(', ')} />
        <label for={id('opening')}>Öffnungszeiten</label>
        <input id={id('opening')} name="openingTimes" required value={props.kita.openingTimes} />
        <button type="submit" class="primary">
          Angaben für {props.kita.name} speichern
        </button>
        <p role="status" class={message() ? 'message' : undefined}>
          {message()}
        </p>
      </form>
    </article>
  );
}

export function KitaEntriesPage() {
  const [kitas, { mutate }] = createResource(async () => {
    const result = await client()
      .query(WorkbenchMyKitasDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw new Error(ERRORS[errorCode(result.error) ?? ''] ?? result.error.message);
    return result.data?.myCoordinatedKitas ?? [];
  });
  return (
    <section aria-labelledby="kita-entries-title">
      <h1 id="kita-entries-title" tabindex="-1">
        Unsere Kitas
      </h1>
      <p>
        Was Familien in der Kita-Suche des Portals sehen: Plätze je Altersgruppe, Wochenstunden und
        Öffnungszeiten. Freie Plätze ändern sich mit den Plätzen; zusätzliche Plätze gehen zuerst an die
        Warteliste.
      </p>
      <LoadedList list={kitas} empty="Ihr Konto betreut keinen Kita-Träger.">
        {(list) => (
          <>
            {/* Index keeps each form (and its message) when a save replaces the Kita's entry. */}
            <Index each={list()}>
              {(kita) => (
                <KitaForm
                  kita={kita()}
                  onSaved={(saved) =>
                    mutate((all) => (all ?? []).map((k) => (k.id === saved.id ? saved : k)))
                  }
                />
              )}
            </Index>
          </>
        )}
      </LoadedList>
    </section>
  );
}
