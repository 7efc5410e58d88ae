/**
 * Opening a citizen's account: email, name and password. The hub's refusals
 * are shown next to the field they concern (a taken email, a short password),
 * tied to it with aria-describedby and aria-invalid, and the focus goes there.
 */
import { createSignal, Show } from 'solid-js';
import { PortalSignUpDocument } from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { language, t } from '../i18n.ts';
import { type AccountMessages, ta } from '../i18n-account.ts';
import { afterSignIn, href, navigate } from '../router.ts';
import { signedIn } from '../session.ts';

type Field = 'email' | 'displayName' | 'password';
type FieldError = { field: Field; message: keyof AccountMessages; detail?: string };

/** Which field a refusal belongs to, and what to say there. */
function fieldErrorOf(code: string | undefined, extensions: Record<string, unknown> = {}): FieldError | null {
  if (code === 'CONFLICT') return { field: 'email', message: 'emailTaken' };
  if (code !== 'BAD_USER_INPUT') return null;
  if (extensions.field === 'email') return { field: 'email', message: 'emailInvalid' };
  if (extensions.field === 'displayName') return { field: 'displayName', message: 'nameInvalid' };
  if (extensions.reason === 'PASSWORD_TOO_WEAK') {
    // The hub's strength estimate explains why, in German (zxcvbn's feedback).
    const why =
      language() === 'de' && typeof extensions.warning === 'string' ? extensions.warning : undefined;
    return { field: 'password', message: 'passwordTooWeak', ...(why ? { detail: why } : {}) };
  }
  return { field: 'password', message: 'passwordTooShort' };
}

function FieldMessage(props: { field: Field; error: FieldError | null }) {
  return (
    <Show when={props.error?.field === props.field ? props.error : null}>
      {(error) => (
        <p id={`sign-up-${props.field}-error`} class="error field-error">
          {ta().fieldErrorPrefix} {ta()[error().message] as string}
          {error().detail ? ` ${error().detail}` : ''}
        </p>
      )}
    </Show>
  );
}

export function SignUpPage() {
  const [error, setError] = createSignal<FieldError | null>(null);
  const [failed, setFailed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const inputs: Partial<Record<Field, HTMLInputElement>> = {};
  const described = (field: Field, hint?: string) =>
    [hint, error()?.field === field ? `sign-up-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    setFailed(false);
    const input = {
      email: String(data.get('email') ?? '').trim(),
      displayName: String(data.get('displayName') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    };
    const result = await client().mutation(PortalSignUpDocument, { input }).toPromise();
    setBusy(false);
    const session = result.data?.signUp;
    if (session) {
      signedIn({
        token: session.token,
        expiresAt: session.expiresAt,
        displayName: session.citizen.displayName,
      });
      navigate(afterSignIn());
      return;
    }
    const refusal = fieldErrorOf(errorCode(result.error), result.error?.graphQLErrors[0]?.extensions);
    setError(refusal);
    setFailed(!refusal);
    if (refusal) inputs[refusal.field]?.focus();
  }

  return (
    <section aria-labelledby="sign-up-title">
      <h1 id="sign-up-title" tabindex="-1">
        {ta().signUpTitle}
      </h1>
      <p>{ta().signUpIntro}</p>
      <form class="card narrow" onSubmit={submit} novalidate>
        <Show when={failed()}>
          <p class="message error" role="alert">
            {ta().signUpFailed}
          </p>
        </Show>
        <label for="sign-up-email">{t().email}</label>
        <input
          ref={(el) => {
            inputs.email = el;
          }}
          id="sign-up-email"
          name="email"
          type="email"
          autocomplete="email"
          required
          aria-invalid={error()?.field === 'email'}
          aria-describedby={described('email')}
        />
        <FieldMessage field="email" error={error()} />
        <label for="sign-up-name">{ta().displayName}</label>
        <input
          ref={(el) => {
            inputs.displayName = el;
          }}
          id="sign-up-name"
          name="displayName"
          type="text"
          autocomplete="name"
          required
          aria-invalid={error()?.field === 'displayName'}
          aria-describedby={described('displayName', 'sign-up-name-hint')}
        />
        <p id="sign-up-name-hint" class="hint">
          {ta().displayNameHint}
        </p>
        <FieldMessage field="displayName" error={error()} />
        <label for="sign-up-password">{ta().newPassword}</label>
        <input
          ref={(el) => {
            inputs.password = el;
          }}
          id="sign-up-password"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          aria-invalid={error()?.field === 'password'}
          aria-describedby={described('password', 'sign-up-password-hint')}
        />
        <p id="sign-up-password-hint" class="hint">
          {ta().passwordHint}
        </p>
        <FieldMessage field="password" error={error()} />
        <button type="submit" class="primary" disabled={busy()}>
          {ta().signUpButton}
        </button>
        <p>
          {ta().haveAccount} <a href={href('sign-in')}>{t().signInButton}</a>
        </p>
      </form>
    </section>
  );
}
