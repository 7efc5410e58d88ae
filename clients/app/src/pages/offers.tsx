/**
 * Every Kaarst Pass offer of the city and its partners, filtered on the phone by partner,
 * price and what is left. Offline the last list is shown with its age.
 */
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { createCachedQuery } from '../cached-query.ts';
import { formatDate, formatEuro } from '../dates.ts';
import { AppKaarstPassOffersDocument } from '../generated/graphql.ts';
import { standText } from '../last-data.ts';

const CATEGORY: Record<string, string> = {
  CULTURE: 'Kultur',
  SPORT: 'Sport',
  LIBRARY: 'Bibliothek',
  POOL: 'Bad',
  TRANSIT: 'Bus & Bahn',
  DISCOUNT: 'Ermäßigung',
};

export function OffersPage() {
  const offers = createCachedQuery('offers', AppKaarstPassOffersDocument);
  const [partner, setPartner] = createSignal('');
  const [place, setPlace] = createSignal('');
  const [price, setPrice] = createSignal<'all' | 'free' | 'paid'>('all');
  const [leftOnly, setLeftOnly] = createSignal(false);
  onMount(() => void offers.load({}));

  const all = () => offers.answer()?.data.kaarstPassOffers ?? [];
  const partners = createMemo(() => [...new Set(all().map((offer) => offer.partner.name))].sort());
  const places = createMemo(() =>
    [...new Set(all().flatMap((offer) => (offer.place ? [offer.place] : [])))].sort(),
  );
  const shown = createMemo(() =>
    all().filter(
      (offer) =>
        (!partner() || offer.partner.name === partner()) &&
        // An offer without a place holds anywhere in town: it stays in every place's list.
        (!place() || offer.place === place() || offer.place === null) &&
        (price() === 'all' || (price() === 'free') === offer.free) &&
        (!leftOnly() || offer.remaining === null || offer.remaining > 0),
    ),
  );

  return (
    <section aria-labelledby="offers-title">
      <h1 id="offers-title" tabindex="-1">
        Angebote
      </h1>
      <p>Was Sie mit dem Kaarst-Pass in der Stadt bekommen.</p>
      <Show when={offers.answer()?.stale}>
        <p class="message warning" role="status">
          Offline – {standText(offers.answer()?.at ?? '')}
        </p>
      </Show>
      <Show when={offers.failed()}>
        <p class="message error" role="alert">
          Die Angebote konnten nicht geladen werden.
        </p>
      </Show>
      <fieldset class="card filters">
        <legend>Filter</legend>
        <label for="offer-partner">Anbieter</label>
        <select id="offer-partner" onChange={(event) => setPartner(event.currentTarget.value)}>
          <option value="">Alle</option>
          <For each={partners()}>{(name) => <option value={name}>{name}</option>}</For>
        </select>
        <label for="offer-place">Ort</label>
        <select id="offer-place" onChange={(event) => setPlace(event.currentTarget.value)}>
          <option value="">Alle Orte</option>
          <For each={places()}>{(name) => <option value={name}>{name}</option>}</For>
        </select>
        <label for="offer-price">Preis</label>
        <select
          id="offer-price"
          onChange={(event) => setPrice(event.currentTarget.value as 'all' | 'free' | 'paid')}
        >
          <option value="all">Alle</option>
          <option value="free">Kostenlos</option>
          <option value="paid">Mit Eigenanteil</option>
        </select>
        <label class="check">
          <input type="checkbox" onChange={(event) => setLeftOnly(event.currentTarget.checked)} /> Nur, was
          noch zu haben ist
        </label>
      </fieldset>
      <p class="hint" role="status">
        {shown().length} {shown().length === 1 ? 'Angebot' : 'Angebote'}
      </p>
      <ul class="offer-list">
        <For each={shown()}>
          {(offer) => (
            <li class="card offer">
              <h2>{offer.title}</h2>
              <p class="meta">
                {offer.partner.name} · {CATEGORY[offer.category] ?? offer.category} ·{' '}
                {offer.place ?? 'überall in Kaarst'}
              </p>
              <p>{offer.description}</p>
              <dl class="summary">
                <dt>Preis</dt>
                <dd>{offer.free ? 'kostenlos' : formatEuro(offer.priceCents)}</dd>
                <dt>Noch übrig</dt>
                <dd>
                  {offer.remaining === null
                    ? 'unbegrenzt'
                    : offer.remaining === 0
                      ? 'vergriffen'
                      : `${offer.remaining} von ${offer.quota}`}
                </dd>
                <dt>Bis</dt>
                <dd>{formatDate(offer.validUntil)}</dd>
              </dl>
              <Show when={offer.sample}>
                <p class="hint">Beispieldaten, kein offizielles Angebot.</p>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
