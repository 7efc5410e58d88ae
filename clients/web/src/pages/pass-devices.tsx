/**
 * The phones that carry the holder's pass offline (the Kaarst App), and revoking one
 * that was lost: its device id goes on the revocation list the verifiers cache, so
 * its codes are refused from then on. Revoking asks once more in the page.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDate } from '../dates.ts';
import {
  PortalMyKaarstPassDevicesDocument,
  PortalRevokeKaarstPassDeviceDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tpd } from '../i18n-pass-devices.ts';

export function PassDevices() {
  const [devices, { mutate }] = createResource(async () => {
    const result = await client()
      .query(PortalMyKaarstPassDevicesDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    return result.data?.myKaarstPassDevices ?? [];
  });
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);

  async function revoke(id: string, label: string) {
    setMessage(null);
    const result = await client().mutation(PortalRevokeKaarstPassDeviceDocument, { id }).toPromise();
    setConfirming(null);
    const revoked = result.data?.revokeKaarstPassDevice;
    if (!revoked) return setMessage({ ok: false, text: tpd().revokeFailed });
    mutate((list) => (list ?? []).map((device) => (device.id === id ? revoked : device)));
    setMessage({ ok: true, text: tpd().revokedMessage(label) });
  }

  return (
    <section class="card" aria-labelledby="pass-devices-title">
      <h2 id="pass-devices-title">{tpd().devicesTitle}</h2>
      <p>{tpd().devicesIntro}</p>
      <Show when={message()}>
        {(current) => (
          <p class={`message ${current().ok ? 'success' : 'error'}`} role={current().ok ? 'status' : 'alert'}>
            {current().text}
          </p>
        )}
      </Show>
      <Show when={(devices() ?? []).length > 0} fallback={<p class="hint">{tpd().noDevices}</p>}>
        <ul class="pass-devices">
          <For each={devices()}>
            {(device) => (
              <li>
                <strong>{device.label}</strong>{' '}
                <span class="hint">
                  {tpd().registered(formatDate(device.registeredAt))}
                  {device.revokedAt ? ` · ${tpd().revokedOn(formatDate(device.revokedAt))}` : ''}
                </span>
                <Show when={!device.revokedAt}>
                  <Show
                    when={confirming() === device.id}
                    fallback={
                      <button type="button" class="danger" onClick={() => setConfirming(device.id)}>
                        {tpd().revoke(device.label)}
                      </button>
                    }
                  >
                    <p role="alert">{tpd().revokeConfirm(device.label)}</p>
                    <button type="button" class="danger" onClick={() => void revoke(device.id, device.label)}>
                      {tpd().revoke(device.label)}
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      {tpd().cancel}
                    </button>
                  </Show>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
