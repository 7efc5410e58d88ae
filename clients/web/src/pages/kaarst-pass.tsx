/**
 * "Kaarst-Pass": apply with an address (Kaarst's 41564 is approved at once,
 * others wait for the citizens' office, and the page says which), the pass
 * with its state in words, its rotating QR code while it is active, and the
 * offers of the town and its partners.
 */
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { formatDate } from '../dates.ts';
import { PortalApplyForKaarstPassDocument, PortalMyKaarstPassDocument } from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { tp } from '../i18n-pass.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { PassDevices } from './pass-devices.tsx';
import { PassOffers, passBecameValid } from './pass-offers.tsx';
import { PassQrCode } from './pass-qr.tsx';
import './pass.css';

type Pass = {
  number: string;
  status: keyof ReturnType<typeof tp>['statusText'];
  statusReason?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
};

/** States after which a person may apply again: nothing live is held. */
const CLOSED = new Set(['REJECTED', 'REVOKED', 'EXPIRED']);

type Field = 'postalCode' | 'street';

function ApplyForm(props: { onApplied: (pass: Pass) => void }) {
  const [invalid, setInvalid] = createSignal<Field | null>(null);
  const [failed, setFailed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const inputs: Partial<Record<Field, HTMLInputElement>> = {};
  const errorId = (field: Field) => (invalid() === field ? `apply-${field}-error` : undefined);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const input = {
      postalCode: String(data.get('postalCode') ?? '').trim(),
      street: String(data.get('street') ?? '').trim(),
    };
    setBusy(true);
    setInvalid(null);
    setFailed(false);
    const result = await client().mutation(PortalApplyForKaarstPassDocument, { input }).toPromise();
    setBusy(false);
    const pass = result.data?.applyForKaarstPass;
    if (pass) return props.onApplied(pass);
    const field = result.error?.graphQLErrors[0]?.extensions?.field;
    if (errorCode(result.error) === 'BAD_USER_INPUT' && (field === 'postalCode' || field === 'street')) {
      setInvalid(field);
      inputs[field]?.focus();
      return;
    }
    setFailed(true);
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="apply-title" novalidate>
      <h2 id="apply-title">{tp().applyTitle}</h2>
      <p>{tp().applyIntro}</p>
      <label for="apply-postal-code">{tp().postalCode}</label>
      <p id="apply-postal-code-hint" class="hint">
        {tp().postalCodeHint}
      </p>
      <input
        ref={(element) => {
          inputs.postalCode = element;
        }}
        id="apply-postal-code"
        type="text"
        name="postalCode"
        inputmode="numeric"
        autocomplete="postal-code"
        maxlength="5"
        required
        aria-invalid={invalid() === 'postalCode'}
        aria-describedby={['apply-postal-code-hint', errorId('postalCode')].filter(Boolean).join(' ')}
      />
      <Show when={invalid() === 'postalCode'}>
        <p id="apply-postalCode-error" class="error field-error">
          {t().errorPrefix} {tp().postalCodeInvalid}
        </p>
      </Show>
      <label for="apply-street">{tp().street}</label>
      <input
        ref={(element) => {
          inputs.street = element;
        }}
        id="apply-street"
        type="text"
        name="street"
        autocomplete="street-address"
        required
        aria-invalid={invalid() === 'street'}
        aria-describedby={errorId('street')}
      />
      <Show when={invalid() === 'street'}>
        <p id="apply-street-error" class="error field-error">
          {t().errorPrefix} {tp().streetInvalid}
        </p>
      </Show>
      <Show when={failed()}>
        <p class="message error" role="alert">
          {tp().applyFailed}
        </p>
      </Show>
      <button type="submit" class="primary" disabled={busy()}>
        {tp().applyButton}
      </button>
    </form>
  );
}

function PassDetails(props: { pass: Pass }) {
  return (
    <section class="card" aria-labelledby="my-pass-title">
      <h2 id="my-pass-title">{tp().myPassTitle}</h2>
      <dl class="summary">
        <dt>{tp().passNumber}</dt>
        <dd class="code">{props.pass.number}</dd>
        <dt>{tp().status}</dt>
        <dd>
          <strong>{tp().statusText[props.pass.status]}</strong>
        </dd>
        <Show when={props.pass.validFrom}>
          {(from) => (
            <>
              <dt>{tp().validFrom}</dt>
              <dd>{formatDate(from())}</dd>
            </>
          )}
        </Show>
        <Show when={props.pass.validUntil}>
          {(until) => (
            <>
              <dt>{tp().validUntil}</dt>
              <dd>{formatDate(until())}</dd>
            </>
          )}
        </Show>
        <Show when={props.pass.statusReason}>
          {(reason) => (
            <>
              <dt>{tp().reason}</dt>
              <dd>{reason()}</dd>
            </>
          )}
        </Show>
      </dl>
    </section>
  );
}

function SignedInPass() {
  const [applied, setApplied] = createSignal<Pass | null>(null);
  const [fetched] = createResource(async () => {
    const result = await client()
      .query(PortalMyKaarstPassDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw new Error(result.error.message);
    return result.data?.myKaarstPass ?? null;
  });
  // The answer to applying is the pass as it stands now; no second round trip.
  const pass = () => applied() ?? fetched() ?? null;

  return (
    <Switch>
      <Match when={fetched.error}>
        <p class="message error" role="alert">
          {t().errorPrefix} {String(fetched.error?.message ?? fetched.error)}
        </p>
      </Match>
      <Match when={fetched.loading && !applied()}>
        <p class="hint">{tp().loading}</p>
      </Match>
      <Match when={true}>
        <p role="status" class={applied() ? 'message success' : 'visually-hidden'}>
          {applied() ? (applied()?.status === 'ACTIVE' ? tp().appliedActive : tp().appliedPending) : ''}
        </p>
        <Show when={pass()}>{(current) => <PassDetails pass={current()} />}</Show>
        <Show when={pass()?.status === 'ACTIVE' && pass()?.validUntil ? pass() : null}>
          {(active) => <PassQrCode number={active().number} validUntil={active().validUntil as string} />}
        </Show>
        <Show when={pass() && pass()?.status !== 'PENDING'}>
          <PassDevices />
        </Show>
        <Show when={!pass() || CLOSED.has(pass()?.status ?? '')}>
          <ApplyForm
            onApplied={(applied) => {
              setApplied(applied);
              if (applied.status === 'ACTIVE') passBecameValid();
            }}
          />
        </Show>
      </Match>
    </Switch>
  );
}

export function KaarstPassPage() {
  return (
    <section aria-labelledby="pass-title">
      <h1 id="pass-title" tabindex="-1">
        {tp().passTitle}
      </h1>
      <p>{tp().passIntro}</p>
      <Show
        when={session()}
        keyed
        fallback={
          <>
            <p>{tp().needSignIn}</p>
            <button type="button" class="primary" onClick={() => signInThenReturn('kaarst-pass')}>
              {t().navSignIn}
            </button>
          </>
        }
      >
        {/* Keyed on the session: another person signing in gets their own pass, not the last one's. */}
        {(_current) => <SignedInPass />}
      </Show>
      <PassOffers />
    </section>
  );
}
