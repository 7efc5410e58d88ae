/**
 * Booking in four steps on one page (services, place, day and time, confirm),
 * each a fieldset with a legend, so the order of the page is the order of the
 * task. The free times update live; a confirmed booking shows its code and a
 * calendar file.
 */
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { booking } from '../booking-state.ts';
import { formatDateTime, formatShortDay, formatTime } from '../dates.ts';
import { PortalBookAppointmentDocument, PortalCatalogueDocument } from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { appointmentIcs, icsUrl } from '../ics.ts';
import { href, signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { BringAndCost, MobileOfficeWhere } from './booking-info.tsx';

export function BookingPage() {
  const [catalogue] = createResource(
    () => client(),
    async (current) => {
      const result = await current.query(PortalCatalogueDocument, {}).toPromise();
      if (result.error) throw result.error;
      return result.data;
    },
  );
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const chosenServices = () =>
    (catalogue()?.appointmentServices ?? []).filter((s) => booking.serviceIds().includes(s.id));
  const serviceNames = () => chosenServices().map((s) => s.name);
  const location = () => catalogue()?.officeLocations.find((l) => l.id === booking.locationId());
  const daySlots = () => booking.days().find((d) => d.key === booking.day())?.slots ?? [];

  function toggleService(id: string, checked: boolean) {
    const current = booking.serviceIds();
    booking.setServiceIds(checked ? [...current, id] : current.filter((s) => s !== id));
    booking.setSlot(null);
  }

  async function confirm() {
    const slot = booking.slot();
    const place = booking.locationId();
    if (!slot || !place) return;
    setBusy(true);
    setFailure(null);
    const result = await client()
      .mutation(PortalBookAppointmentDocument, {
        input: {
          serviceIds: booking.serviceIds(),
          locationId: place,
          start: slot.start,
          idempotencyKey: booking.idempotencyKey(),
        },
      })
      .toPromise();
    setBusy(false);
    const booked = result.data?.bookAppointment;
    if (!booked) {
      const code = errorCode(result.error);
      setFailure(
        code === 'SLOT_TAKEN'
          ? t().slotTaken
          : code === 'ALREADY_BOOKED'
            ? t().alreadyBooked
            : `${t().errorPrefix} ${result.error?.message ?? code}`,
      );
      if (code === 'SLOT_TAKEN') {
        booking.setSlot(null);
        void booking.refetch();
      }
      return;
    }
    booking.setSlot(null);
    booking.setBooked(booked);
    queueMicrotask(() => document.getElementById('booked-title')?.focus());
  }

  return (
    <section aria-labelledby="book-title">
      <h1 id="book-title" tabindex="-1">
        {t().bookTitle}
      </h1>
      <Show when={booking.booked()} fallback={<p>{t().bookIntro}</p>}>
        {(booked) => <BookedPanel booked={booked()} />}
      </Show>
      <Show when={!booking.booked()}>
        <Show when={catalogue.error}>
          <p class="message error" role="alert">
            {t().errorPrefix} {String(catalogue.error?.message ?? catalogue.error)}
          </p>
        </Show>
        <Show when={catalogue()} fallback={<p role="status">{t().loading}</p>}>
          {(data) => (
            <>
              <fieldset class="card">
                <legend>{t().stepServices}</legend>
                <p class="hint" id="services-hint">
                  {t().stepServicesHint}
                </p>
                <ul class="choices">
                  <For each={data().appointmentServices}>
                    {(service) => (
                      <li>
                        <label class="choice">
                          <input
                            type="checkbox"
                            name="service"
                            value={service.id}
                            checked={booking.serviceIds().includes(service.id)}
                            onChange={(e) => toggleService(service.id, e.currentTarget.checked)}
                            aria-describedby="services-hint"
                          />
                          <span>
                            {service.name}{' '}
                            <span class="meta">
                              ({service.durationMinutes} {t().minutes})
                            </span>
                          </span>
                        </label>
                      </li>
                    )}
                  </For>
                </ul>
              </fieldset>

              <fieldset class="card">
                <legend>{t().stepPlace}</legend>
                <ul class="choices">
                  <For each={data().officeLocations}>
                    {(place) => (
                      <li>
                        <label class="choice">
                          <input
                            type="radio"
                            name="location"
                            value={place.id}
                            checked={booking.locationId() === place.id}
                            onChange={() => {
                              booking.setLocationId(place.id);
                              booking.setSlot(null);
                            }}
                          />
                          <span>
                            <strong>{place.name}</strong>
                            <span class="meta block">{place.address}</span>
                          </span>
                        </label>
                      </li>
                    )}
                  </For>
                </ul>
              </fieldset>

              <fieldset class="card" aria-describedby="live-note">
                <legend>{t().stepTime}</legend>
                <p id="live-note" class="hint">
                  {booking.live() ? t().live : ''}
                </p>
                <p class="visually-hidden" role="status" aria-live="polite">
                  {booking.notice() === 'updated' ? t().slotsUpdated : ''}
                </p>
                <Show when={booking.notice() === 'gone'}>
                  <p class="message warning" role="alert">
                    {t().chosenSlotGone}
                  </p>
                </Show>
                <Show
                  when={booking.serviceIds().length > 0 && booking.locationId()}
                  fallback={<p>{t().chooseServicesFirst}</p>}
                >
                  <Show
                    when={!booking.slots.error}
                    fallback={
                      <p class="message error" role="alert">
                        {t().errorPrefix} {String(booking.slots.error)}
                      </p>
                    }
                  >
                    <Show when={booking.slots.latest} fallback={<p role="status">{t().loading}</p>}>
                      <Show when={booking.days().length > 0} fallback={<p>{t().noSlots}</p>}>
                        <label for="day">{t().day}</label>
                        <select
                          id="day"
                          value={booking.day() ?? ''}
                          onChange={(e) => {
                            booking.setDay(e.currentTarget.value);
                            booking.setSlot(null);
                          }}
                        >
                          <For each={booking.days()}>
                            {(d) => (
                              <option value={d.key}>
                                {formatShortDay(d.slots[0]?.start ?? '')} ({t().freeCount(d.slots.length)})
                              </option>
                            )}
                          </For>
                        </select>
                        <fieldset class="times">
                          <legend>{t().freeTimes}</legend>
                          <ul class="choices times-grid">
                            <For each={daySlots()}>
                              {(slot) => (
                                <li>
                                  <label class="choice time">
                                    <input
                                      type="radio"
                                      name="slot"
                                      value={slot.start}
                                      checked={booking.slot()?.start === slot.start}
                                      onChange={() => booking.setSlot({ start: slot.start, end: slot.end })}
                                    />
                                    <span>{formatTime(slot.start)}</span>
                                  </label>
                                </li>
                              )}
                            </For>
                          </ul>
                        </fieldset>
                        <Show when={location()?.mobile && daySlots()[0] ? location() : null}>
                          {(place) => (
                            <MobileOfficeWhere
                              place={place()}
                              day={daySlots()[0]?.start ?? ''}
                              time={booking.slot()?.start ?? null}
                            />
                          )}
                        </Show>
                      </Show>
                    </Show>
                  </Show>
                </Show>
              </fieldset>

              <section class="card" aria-labelledby="confirm-title">
                <h2 id="confirm-title">{t().stepConfirm}</h2>
                <Show when={chosenServices().length > 0}>
                  <BringAndCost services={chosenServices()} />
                </Show>
                <Show
                  when={booking.slot()}
                  fallback={<p>{booking.slots.latest ? t().chooseTimeFirst : t().chooseServicesFirst}</p>}
                >
                  {(slot) => (
                    <>
                      <dl class="summary">
                        <dt>{t().services}</dt>
                        <dd>{serviceNames().join(', ')}</dd>
                        <dt>{t().place}</dt>
                        <dd>{location()?.name}</dd>
                        <dt>{t().time}</dt>
                        <dd>{formatDateTime(slot().start)}</dd>
                      </dl>
                      <Show when={failure()}>
                        <p class="message error" role="alert">
                          {failure()}
                        </p>
                      </Show>
                      <Show
                        when={session()}
                        fallback={
                          <>
                            <p>{t().needSignIn}</p>
                            <button type="button" class="primary" onClick={() => signInThenReturn('book')}>
                              {t().signInToBook}
                            </button>
                          </>
                        }
                      >
                        <button type="button" class="primary" disabled={busy()} onClick={confirm}>
                          {t().confirmButton}
                        </button>
                      </Show>
                    </>
                  )}
                </Show>
              </section>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

function BookedPanel(props: { booked: NonNullable<ReturnType<typeof booking.booked>> }) {
  const file = () =>
    icsUrl(
      appointmentIcs({
        code: props.booked.code,
        start: props.booked.start,
        end: props.booked.end,
        summary: t().calendarSummary,
        location: `${props.booked.location.name}, ${props.booked.location.address}`,
        description: `${props.booked.services.map((s) => s.name).join(', ')} · ${t().code} ${props.booked.code}`,
      }),
    );
  const url = file();
  onCleanup(() => URL.revokeObjectURL(url));
  return (
    <section class="card success" aria-labelledby="booked-title">
      <h2 id="booked-title" tabindex="-1">
        {t().bookedTitle}
      </h2>
      <dl class="summary">
        <dt>{t().yourCode}</dt>
        <dd>
          <strong class="code" data-testid="booking-code">
            {props.booked.code}
          </strong>
        </dd>
        <dt>{t().services}</dt>
        <dd>{props.booked.services.map((s) => s.name).join(', ')}</dd>
        <dt>{t().place}</dt>
        <dd>
          {props.booked.location.name}, {props.booked.location.address}
        </dd>
        <dt>{t().time}</dt>
        <dd>{formatDateTime(props.booked.start)}</dd>
      </dl>
      <p class="hint">{t().codeHint}</p>
      <p class="actions">
        <a class="button" href={url} download={`termin-${props.booked.code}.ics`}>
          {t().addToCalendar}
        </a>
        <a class="button" href={href('mine')}>
          {t().toMine}
        </a>
        <button type="button" class="link-button" onClick={() => booking.reset()}>
          {t().bookAnother}
        </button>
      </p>
    </section>
  );
}
