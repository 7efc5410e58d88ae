/**
 * API key self-service: sign in with a hub account, issue a key (shown once), list and
 * revoke one's keys, and choose the key GraphiQL sends. The session token stays in
 * this page's memory only.
 */
import {
  IssueApiKeyDocument,
  MyApiKeysDocument,
  type MyApiKeysQuery,
  RevokeApiKeyDocument,
  SignInDocument,
} from '@kaarst/contract';
import { HubError, run } from './api.ts';
import { h, show } from './dom.ts';
import { chooseApiKey, currentApiKey, onApiKeyChange } from './state.ts';

let session: { token: string; name: string } | undefined;

const message = (error: unknown) =>
  error instanceof HubError ? `${error.message} (${error.code})` : 'Der Hub ist nicht erreichbar.';

function field(label: string, input: HTMLInputElement) {
  return h('p', { class: 'field' }, h('label', { for: input.id }, label), input);
}

export function renderKeys(section: HTMLElement): void {
  const alert = h('p', { role: 'alert', class: 'alert' });
  const fail = (error: unknown) => {
    alert.textContent = message(error);
  };
  const heading = h('h2', { id: 'schluessel-titel' }, 'API-Schlüssel');
  const intro = h(
    'p',
    {},
    'Anwendungen senden ihren Schlüssel im Header X-API-Key. Melden Sie sich mit Ihrem Konto des Hubs an, um selbst Schlüssel auszustellen (',
    h('a', { href: '/' }, 'Konto im Bürgerportal anlegen'),
    ').',
  );
  const body = h('div');
  const keyForExplorer = renderExplorerKey();

  const signInForm = () => {
    const email = h('input', {
      id: 'dev-email',
      type: 'email',
      name: 'email',
      autocomplete: 'username',
      required: true,
    });
    const password = h('input', {
      id: 'dev-password',
      type: 'password',
      name: 'password',
      autocomplete: 'current-password',
      required: true,
    });
    const form = h(
      'form',
      { 'aria-labelledby': 'anmelden-titel' },
      h('h3', { id: 'anmelden-titel' }, 'Anmelden'),
      field('E-Mail', email),
      field('Passwort', password),
      h('button', { type: 'submit' }, 'Anmelden'),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      alert.textContent = '';
      try {
        const { signIn } = await run(SignInDocument, { email: email.value, password: password.value });
        session = { token: signIn.token, name: signIn.citizen.displayName };
        await signedIn();
      } catch (error) {
        fail(error);
      }
    });
    show(body, form);
  };

  const keyTable = (keys: MyApiKeysQuery['myApiKeys']) => {
    if (keys.length === 0) return h('p', {}, 'Sie haben noch keinen Schlüssel.');
    return h(
      'table',
      {},
      h('caption', {}, 'Meine Schlüssel'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Name', 'Endet auf', 'Anfragen pro Minute', 'Ausgestellt', 'Status'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        keys.map((key) => {
          const revoke = h('button', { type: 'button' }, `„${key.name}“ widerrufen`);
          revoke.addEventListener('click', async () => {
            try {
              await run(RevokeApiKeyDocument, { id: key.id }, session?.token);
              await signedIn();
            } catch (error) {
              fail(error);
            }
          });
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, key.name),
            h('td', {}, `…${key.hint}`),
            h('td', {}, String(key.ratePerMinute)),
            h('td', {}, new Date(key.createdAt).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })),
            h('td', {}, key.revokedAt ? 'widerrufen' : revoke),
          );
        }),
      ),
    );
  };

  /** The signed-in view; `issued` is a key just issued, shown this once. */
  const signedIn = async (issued?: { name: string; key: string }) => {
    if (!session) return signInForm();
    const { token } = session;
    const name = h('input', { id: 'dev-key-name', name: 'name', required: true, maxlength: '100' });
    const shown = issued
      ? h(
          'div',
          { class: 'issued' },
          h('h3', {}, `Ihr Schlüssel „${issued.name}“`),
          h(
            'p',
            {},
            'Er wird nur jetzt angezeigt; der Hub bewahrt keine Kopie auf. GraphiQL sendet ihn ab sofort.',
          ),
          h('p', {}, h('code', { id: 'issued-key', class: 'key' }, issued.key)),
        )
      : null;
    const form = h(
      'form',
      { 'aria-labelledby': 'ausstellen-titel' },
      h('h3', { id: 'ausstellen-titel' }, 'Neuen Schlüssel ausstellen'),
      field('Name der Anwendung', name),
      h('button', { type: 'submit' }, 'Schlüssel ausstellen'),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      alert.textContent = '';
      try {
        const { issueApiKey } = await run(IssueApiKeyDocument, { input: { name: name.value.trim() } }, token);
        chooseApiKey(issueApiKey.key);
        await signedIn({ name: issueApiKey.apiKey.name, key: issueApiKey.key });
      } catch (error) {
        fail(error);
      }
    });
    const signOut = h('button', { type: 'button' }, 'Abmelden');
    signOut.addEventListener('click', () => {
      session = undefined;
      signInForm();
    });
    let keys: MyApiKeysQuery['myApiKeys'] = [];
    try {
      keys = (await run(MyApiKeysDocument, {}, token)).myApiKeys;
    } catch (error) {
      fail(error);
    }
    show(body, h('p', {}, `Angemeldet als ${session.name}. `, signOut), shown, form, keyTable(keys));
  };

  show(section, heading, intro, alert, body, keyForExplorer);
  signInForm();
}

/** The key GraphiQL sends: the one just issued, or one pasted here. */
function renderExplorerKey(): HTMLElement {
  const input = h('input', {
    id: 'dev-explorer-key',
    name: 'apiKey',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  input.value = currentApiKey() ?? '';
  onApiKeyChange((key) => {
    input.value = key ?? '';
  });
  const form = h(
    'form',
    { 'aria-labelledby': 'explorer-key-titel' },
    h('h3', { id: 'explorer-key-titel' }, 'Schlüssel für GraphiQL'),
    field('API-Schlüssel, den GraphiQL sendet', input),
    h('button', { type: 'submit' }, 'Übernehmen'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    chooseApiKey(input.value.trim() || undefined);
  });
  return form;
}
