/*
 * Web Push in the app's service worker (imported by the Workbox worker: vite.config.ts
 * workbox.importScripts). A message is JSON { id, topic, title, body, url } from the
 * notifications subgraph; a tap opens the app's inbox, or the hub page the message names.
 */
const INBOX = new URL('/app/#/postfach', self.location.origin).href;

self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : '' };
  }
  const sameOrigin =
    typeof message.url === 'string' && message.url.startsWith('/') && !message.url.startsWith('//');
  const url = sameOrigin ? new URL(message.url, self.location.origin).href : INBOX;
  event.waitUntil(
    Promise.all([
      self.registration.showNotification(message.title || 'Kaarst', {
        body: message.body || '',
        tag: message.id || undefined,
        lang: 'de',
        icon: '/app/icons/icon-192.png',
        data: { url },
      }),
      // An open app refreshes its inbox.
      self.clients.matchAll({ type: 'window' }).then((windows) => {
        for (const client of windows) client.postMessage({ type: 'kaarst-notification' });
      }),
    ]),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data?.url || INBOX;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url && 'focus' in client);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
