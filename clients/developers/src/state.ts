/**
 * The API key GraphiQL sends, shared by the key section and the explorer. Kept in
 * sessionStorage: it survives a reload of this tab and goes with it.
 */
const STORAGE = 'kaarst-developers-api-key';
const listeners = new Set<(key: string | undefined) => void>();

export const currentApiKey = (): string | undefined => sessionStorage.getItem(STORAGE) ?? undefined;

export function chooseApiKey(key: string | undefined): void {
  if (key) sessionStorage.setItem(STORAGE, key);
  else sessionStorage.removeItem(STORAGE);
  for (const listener of listeners) listener(key);
}

export function onApiKeyChange(listener: (key: string | undefined) => void): void {
  listeners.add(listener);
}
