/**
 * A Kaarst Pass partner's own offers (myKaarstPassOffers) and who redeemed them
 * (myOfferRedemptions, newest first, optionally for one offer). Partners see pass numbers,
 * never holders: the graph does not give them more.
 */
import { createResource, createSignal, For } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  type KaarstPassOfferCategory,
  type KaarstPassRedemptionStatus,
  WorkbenchPartnerOffersDocument,
  WorkbenchPartnerRedemptionsDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { ListTable, Loaded } from '../loaded-table.tsx';

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
      <Loaded list={offers} empty="Sie haben noch keine Angebote.">
        {(list) => (
          <ListTable
            testId="partner-offers"
            columns={['Angebot', 'Art', 'Preis', 'Gültig', 'Noch verfügbar']}
          >
            <For each={list}>
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
          </ListTable>
        )}
      </Loaded>

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
      <Loaded list={redemptions} empty="Noch keine Einlösungen.">
        {(list) => (
          <ListTable
            testId="partner-redemptions"
            columns={['Zeit', 'Angebot', 'Passnummer', 'Stand', 'Betrag']}
          >
            <For each={list}>
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
          </ListTable>
        )}
      </Loaded>
    </section>
  );
}
