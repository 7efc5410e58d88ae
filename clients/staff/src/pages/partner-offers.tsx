/**
 * A Kaarst Pass partner's own offers (myKaarstPassOffers) and who redeemed them
 * (myOfferRedemptions, newest first, optionally for one offer). Partners see pass numbers,
 * never holders: the graph does not give them more.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  type KaarstPassOfferCategory,
  type KaarstPassRedemptionStatus,
  WorkbenchPartnerOffersDocument,
  WorkbenchPartnerRedemptionsDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

const CATEGORY: Record<KaarstPassOfferCategory, string> = {
  CULTURE: 'Kultur',
  SPORT: 'Sport',
  LIBRARY: 'Bücherei',
  POOL: 'Bad',
  TRANSIT: 'Nahverkehr',
  DISCOUNT: 'Ermäßigung',
};
const REDEMPTION: Record<KaarstPassRedemptionStatus, string> = {
  REDEEMED: 'eingelöst',
  PAYMENT_PENDING: 'Zahlung offen',
  PAID: 'bezahlt',
};
const ERRORS: Record<string, string> = {
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
  NOT_FOUND: 'Dieses Angebot gibt es nicht (mehr).',
};
const EURO = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const price = (cents: number) => (cents === 0 ? 'kostenlos' : EURO.format(cents / 100));

const failure = (error: Parameters<typeof errorCode>[0]) =>
  new Error(ERRORS[errorCode(error) ?? ''] ?? 'Die Daten ließen sich nicht laden.');

export function PartnerOffersPage() {
  const [offerId, setOfferId] = createSignal('');
  const [offers] = createResource(async () => {
    const result = await client()
      .query(WorkbenchPartnerOffersDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw failure(result.error);
    return result.data?.myKaarstPassOffers ?? [];
  });
  const [redemptions, { refetch }] = createResource(offerId, async (id) => {
    const result = await client()
      .query(WorkbenchPartnerRedemptionsDocument, id ? { offerId: id } : {}, {
        requestPolicy: 'network-only',
      })
      .toPromise();
    if (result.error) throw failure(result.error);
    return result.data?.myOfferRedemptions ?? [];
  });

  return (
    <section aria-labelledby="partner-offers-title">
      <h1 id="partner-offers-title" tabindex="-1">
        Angebote und Einlösungen
      </h1>
      <h2>Ihre Angebote</h2>
      <Show when={!offers.error} fallback={<p class="message error">{String(offers.error?.message)}</p>}>
        <Show when={offers()} fallback={<p role="status">Wird geladen …</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>Sie haben noch keine Angebote.</p>}>
              <table class="schedule" data-testid="partner-offers">
                <thead>
                  <tr>
                    <th scope="col">Angebot</th>
                    <th scope="col">Art</th>
                    <th scope="col">Preis</th>
                    <th scope="col">Gültig</th>
                    <th scope="col">Noch verfügbar</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(offer) => (
                      <tr>
                        <td>
                          {offer.title}
                          {offer.place ? ` (${offer.place})` : ''}
                        </td>
                        <td>{CATEGORY[offer.category]}</td>
                        <td>{price(offer.priceCents)}</td>
                        <td>
                          {formatDateTime(offer.validFrom)} bis {formatDateTime(offer.validUntil)}
                        </td>
                        <td>
                          {offer.remaining === null ? 'unbegrenzt' : `${offer.remaining} von ${offer.quota}`}
                          {`, je Pass ${offer.perPassLimit}×`}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>
      </Show>

      <h2>Einlösungen</h2>
      <div class="toolbar">
        <div class="field">
          <label for="redemption-offer">Angebot</label>
          <select id="redemption-offer" value={offerId()} onChange={(e) => setOfferId(e.currentTarget.value)}>
            <option value="">Alle Angebote</option>
            <For each={offers() ?? []}>{(offer) => <option value={offer.id}>{offer.title}</option>}</For>
          </select>
        </div>
        <button type="button" onClick={() => void refetch()}>
          Aktualisieren
        </button>
      </div>
      <Show
        when={!redemptions.error}
        fallback={<p class="message error">{String(redemptions.error?.message)}</p>}
      >
        <Show when={redemptions()} fallback={<p role="status">Wird geladen …</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>Noch keine Einlösungen.</p>}>
              <table class="schedule" data-testid="partner-redemptions">
                <thead>
                  <tr>
                    <th scope="col">Zeit</th>
                    <th scope="col">Angebot</th>
                    <th scope="col">Passnummer</th>
                    <th scope="col">Stand</th>
                    <th scope="col">Betrag</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(redemption) => (
                      <tr>
                        <td>{formatDateTime(redemption.createdAt)}</td>
                        <td>{redemption.offer.title}</td>
                        <td>{redemption.passNumber}</td>
                        <td>
                          {REDEMPTION[redemption.status]}
                          {redemption.invoiceReference ? ` (${redemption.invoiceReference})` : ''}
                        </td>
                        <td>{price(redemption.priceCents)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
