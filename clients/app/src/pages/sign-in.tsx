/** Sign-in with the hub account (the portal's account); the session is @kaarst/ui's store. */
import { createSignal, Show } from 'solid-js';
import { HubSignInDocument } from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { online } from '../online.ts';
import { afterSignIn, navigate } from '../router.ts';
import { signedIn } from '../session.ts';

export function SignInPage() {
  const [failed, setFailed] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let email!: HTMLInputElement;
  let password!: HTMLInputElement;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setFailed(null);
    const result = await client()
      .mutation(HubSignInDocument, { email: email.value.trim(), password: password.value })
      .toPromise();
    setBusy(false);
    const signIn = result.data?.signIn;
    if (!signIn) {
      const code = errorCode(result.error);
      setFailed(
        code === 'NETWORK'
          ? 'Keine Verbindung: Anmelden geht nur mit Netz.'
          : code === 'RATE_LIMITED'
            ? 'Zu viele Versuche. Bitte warten Sie etwas.'
            : 'E-Mail-Adresse oder Passwort stimmen nicht.',
      );
      password.value = '';
      password.focus();
      return;
    }
    signedIn({ token: signIn.token, expiresAt: signIn.expiresAt, displayName: signIn.citizen.displayName });
    navigate(afterSignIn());
  }

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabindex="-1">
        Anmelden
      </h1>
      <p>Mit Ihrem Konto des Bürgerportals Kaarst.</p>
      <Show when={!online()}>
        <p class="message warning">Sie sind offline: Anmelden geht erst wieder mit Netz.</p>
      </Show>
      <form class="card" onSubmit={submit} aria-describedby={failed() ? 'sign-in-error' : undefined}>
        <Show when={failed()}>
          <p id="sign-in-error" class="message error" role="alert">
            {failed()}
          </p>
        </Show>
        <label for="email">E-Mail-Adresse</label>
        <input ref={email} id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">Passwort</label>
        <input
          ref={password}
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit" class="primary" disabled={busy()}>
          Anmelden
        </button>
      </form>
    </section>
  );
}
