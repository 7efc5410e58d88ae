/**
 * The booking page's choices, kept outside the page so that a detour through
 * sign-in does not lose them, and its free slots, refetched live whenever the
 * chosen place announces a change (availabilityChanged).
 */
import { createEffect, createResource, createRoot, createSignal, onCleanup } from 'solid-js';
import { slotWindow, townDay } from './dates.ts';
import {
  PortalAvailabilityChangedDocument,
  type PortalBookAppointmentMutation,
  PortalFreeSlotsDocument,
} from './generated/graphql.ts';
import { client } from './graphql-client.ts';

export type Slot = { start: string; end: string };
export type Booked = PortalBookAppointmentMutation['bookAppointment'];

/** A fresh idempotency key per chosen slot: retrying the same choice books once. */
const newKey = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

export const booking = createRoot(() => {
  const [serviceIds, setServiceIds] = createSignal<string[]>([]);
  const [locationId, setLocationId] = createSignal<string | null>(null);
  const [day, setDay] = createSignal<string | null>(null);
  const [slot, setSlotSignal] = createSignal<Slot | null>(null);
  const [idempotencyKey, setIdempotencyKey] = createSignal(newKey());
  const [booked, setBooked] = createSignal<Booked | null>(null);
  /** The latest live notice for the polite live region ('' when none). */
  const [notice, setNotice] = createSignal<'updated' | 'gone' | ''>('');
  const [live, setLive] = createSignal(false);

  const query = () => {
    const ids = serviceIds();
    const location = locationId();
    return ids.length > 0 && location ? { ids, location } : false;
  };
  const [slots, { refetch }] = createResource(query, async ({ ids, location }) => {
    const window = slotWindow();
    const result = await client()
      .query(
        PortalFreeSlotsDocument,
        { serviceIds: ids, locationId: location, ...window },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) throw result.error;
    return (result.data?.availableSlots ?? []).filter((s) => s.location.id === location);
  });

  /** Free slots grouped by the town's calendar day, days in order. */
  const days = () => {
    const byDay = new Map<string, Slot[]>();
    for (const s of slots.latest ?? []) {
      const key = townDay(s.start);
      byDay.set(key, [...(byDay.get(key) ?? []), s]);
    }
    return [...byDay.entries()].map(([key, list]) => ({ key, slots: list }));
  };

  // Keep the chosen day valid: the first day with free slots unless one is chosen and still there.
  createEffect(() => {
    const list = days();
    const chosen = day();
    if (!chosen || !list.some((d) => d.key === chosen)) setDay(list[0]?.key ?? null);
  });

  // A chosen slot that a refetch no longer lists was taken meanwhile: say so and clear it.
  createEffect(() => {
    const list = slots.latest;
    const chosen = slot();
    if (list && chosen && !list.some((s) => s.start === chosen.start)) {
      setSlotSignal(null);
      setNotice('gone');
    }
  });

  // Live: refetch the place's free slots on each change announced for it.
  createEffect(() => {
    const location = locationId();
    if (!location) return;
    const subscription = client()
      .subscription(PortalAvailabilityChangedDocument, { locationId: location })
      .subscribe((result) => {
        if (result.error) return setLive(false);
        setLive(true);
        if (result.data) {
          setNotice('updated');
          void refetch();
        }
      });
    setLive(true);
    onCleanup(() => subscription.unsubscribe());
  });

  function setSlot(next: Slot | null) {
    setSlotSignal(next);
    setIdempotencyKey(newKey());
    setNotice('');
  }

  function reset() {
    setServiceIds([]);
    setLocationId(null);
    setSlot(null);
    setBooked(null);
  }

  return {
    serviceIds,
    setServiceIds,
    locationId,
    setLocationId,
    day,
    setDay,
    slot,
    setSlot,
    idempotencyKey,
    booked,
    setBooked,
    slots,
    refetch,
    days,
    notice,
    setNotice,
    live,
    reset,
  };
});
