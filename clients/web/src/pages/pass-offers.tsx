/**
 * The offers of the town and its partners, and redeeming them. Each click
 * makes one new idempotency key: a retried request of the same click is not
 * redeemed twice, a second click is a second redemption (within the offer's
 * per-pass limit). Paid offers come back PAYMENT_PENDING with how to pay.
 */
import { createEffect, createResource, createSignal, For, Match, on, Show, Switch } from 'solid-js';
import { formatDate } from '../dates.ts';
import {
  PortalKaarstPassOffersDocument,
  type PortalKaarstPassOffersQuery,
  PortalRedeemKaarstPassOfferDocument,
  type PortalRedeemKaarstPassOfferMutation,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { locale, t } from '../i18n.ts';
import { isRedeemRefusal, tp } from '../i18n-pass.ts';
import { session } from '../session.ts';

const [passChanged, setPassChanged] = createSignal(0);
/** The person's pass became valid: refusals shown on offers before are no longer true. */
export const passBecameValid = () => setPassChanged((n) => n + 1);

type Offer = PortalKaarstPassOffersQuery['kaarstPassOffers'][number];
type Redemption = PortalRedeemKaarstPassOfferMutation['redeemKaarstPassOffer'];
type Outcome = { redemption: Redemption } | { refusal: string };

const euros = (cents: number) =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** 128 random bits as hex: crypto.randomUUID needs a secure context, a LAN address over http is not. */
function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function RedeemOutcome(props: { outcome: Outcome }) {
  return (
    <Switch>
      <Match when={'refusal' in props.outcome && props.outcome.refusal}>
        {(refusal) => (
          <p class="message error" role="alert">
            {t().errorPrefix} {refusal()}
          </p>
        )}
      </Match>
      <Match when={'redemption' in props.outcome && props.outcome.redemption}>
        {(redemption) => (
          <div class="message success" role="status">
            <Show
              when={redemption().status === 'PAYMENT_PENDING'}
              fallback={<p>✓ {tp().redeemed(redemption().offer.title)}</p>}
            >
              <p>{tp().paymentPending(redemption().offer.title)}</p>
              <dl class="summary">
                <dt>{tp().priceLabel}</dt>
                <dd>{euros(redemption().priceCents)}</dd>
                <Show when={redemption().invoiceReference}>
                  <dt>{tp().invoiceReference}</dt>
                  <dd class="code">{redemption().invoiceReference}</dd>
                </Show>
              </dl>
              {/* Worded here in the page's language from the fields (the graph's text is German only). */}
              <p class="payment-instructions">
                {redemption().invoiceReference
                  ? tp().payHow(redemption().offer.partner.name, redemption().invoiceReference as string)
                  : redemption().paymentInstructions}
              </p>
            </Show>
          </div>
        )}
      </Match>
    </Switch>
  );
}

function OfferCard(props: { offer: Offer }) {
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  // A refusal ("your pass is not valid") is stale once the pass has changed: it goes.
  createEffect(on(passChanged, () => setOutcome((o) => (o && 'refusal' in o ? null : o)), { defer: true }));
  const titleId = () => `offer-${props.offer.id}-title`;

  async function redeem() {
    setBusy(true);
    setOutcome(null);
    const result = await client()
      .mutation(PortalRedeemKaarstPassOfferDocument, {
        offerId: props.offer.id,
        idempotencyKey: idempotencyKey(),
      })
      .toPromise();
    setBusy(false);
    const redemption = result.data?.redeemKaarstPassOffer;
    if (redemption) return setOutcome({ redemption });
    const code = errorCode(result.error);
    setOutcome({ refusal: isRedeemRefusal(code) ? tp().redeemRefusal[code] : tp().redeemFailed });
  }

  return (
    <li class="card offer" aria-labelledby={titleId()}>
      <h3 id={titleId()}>{props.offer.title}</h3>
      <p>{props.offer.description}</p>
      <dl class="summary">
        <dt>{tp().category}</dt>
        <dd>{tp().categoryText[props.offer.category]}</dd>
        <dt>{tp().priceLabel}</dt>
        <dd>
          <strong>{props.offer.free ? tp().free : euros(props.offer.priceCents)}</strong>
        </dd>
        <dt>{tp().partner}</dt>
        <dd>{props.offer.partner.name}</dd>
        <dt>{tp().validity}</dt>
        <dd>{tp().offerValid(formatDate(props.offer.validFrom), formatDate(props.offer.validUntil))}</dd>
        <Show when={props.offer.remaining != null}>
          <dt>{tp().left}</dt>
          <dd>{tp().remaining(props.offer.remaining ?? 0)}</dd>
        </Show>
      </dl>
      <Show when={props.offer.sample}>
        <p class="hint">{tp().sample}</p>
      </Show>
      <Show when={session()}>
        {/* The name starts with the visible word (WCAG 2.5.3) and says which of the offers. */}
        <button
          type="button"
          class="primary"
          disabled={busy()}
          aria-label={`${tp().redeem}: ${props.offer.title}`}
          onClick={redeem}
        >
          {tp().redeem}
        </button>
      </Show>
      <Show when={outcome()}>{(current) => <RedeemOutcome outcome={current()} />}</Show>
    </li>
  );
}

export function PassOffers() {
  const [offers] = createResource(async () => {
    const result = await client().query(PortalKaarstPassOffersDocument, {}).toPromise();
    if (!result.data) throw new Error(result.error?.message ?? 'no offers');
    return result.data.kaarstPassOffers;
  });

  return (
    <section aria-labelledby="offers-title">
      <h2 id="offers-title">{tp().offersTitle}</h2>
      <p>{tp().offersIntro}</p>
      <Show when={session()}>
        <p class="hint">{tp().redeemNeedsPass}</p>
      </Show>
      <Switch>
        <Match when={offers.error}>
          <p class="message error" role="alert">
            {tp().offersFailed}
          </p>
        </Match>
        <Match when={offers.loading}>
          <p class="hint">{tp().loading}</p>
        </Match>
        <Match when={offers()?.length === 0}>
          <p>{tp().noOffers}</p>
        </Match>
        <Match when={offers()}>
          {(list) => (
            <ul class="offers">
              <For each={list()}>{(offer) => <OfferCard offer={offer} />}</For>
            </ul>
          )}
        </Match>
      </Switch>
    </section>
  );
}
