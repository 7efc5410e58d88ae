/**
 * "Ab einer Adresse": a street address in Kaarst as the search's centre, chosen from the hub's
 * suggestions (familyAddressSuggestions: the official house coordinates, or their sample). A
 * combobox after the WAI-ARIA pattern (list autocomplete): type, ArrowDown/ArrowUp move through
 * the suggestions (aria-activedescendant), Enter chooses, Escape closes; a click chooses too.
 */
import { createSignal, For, onCleanup, Show } from 'solid-js';
import { PortalFamilyAddressSuggestionsDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { ts } from '../i18n-family-search.ts';

export interface ChosenAddress {
  label: string;
  latitude: number;
  longitude: number;
  sample: boolean;
}

type Suggestion = ChosenAddress & { id: string };

export function AddressCombobox(props: { onChoose: (address: ChosenAddress) => void }) {
  const [text, setText] = createSignal('');
  const [suggestions, setSuggestions] = createSignal<Suggestion[]>([]);
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  const [searched, setSearched] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  onCleanup(() => clearTimeout(timer));

  const ask = (prefix: string) => {
    clearTimeout(timer);
    if (prefix.trim().length < 2) {
      setSuggestions([]);
      setOpen(false);
      setSearched(false);
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++asked;
      const result = await client().query(PortalFamilyAddressSuggestionsDocument, { prefix }).toPromise();
      if (mine !== asked) return; // an older answer after a newer question
      const list = result.data?.familyAddressSuggestions ?? [];
      setSuggestions(list);
      setActive(-1);
      setSearched(true);
      setOpen(list.length > 0);
    }, 200);
  };
  const choose = (s: Suggestion) => {
    setText(s.label);
    setOpen(false);
    setActive(-1);
    props.onChoose(s);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const list = suggestions();
    if (event.key === 'ArrowDown' && list.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % list.length);
    } else if (event.key === 'ArrowUp' && list.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? list.length - 1 : i - 1));
    } else if (event.key === 'Enter' && open() && active() >= 0) {
      event.preventDefault();
      const chosen = list[active()];
      if (chosen) choose(chosen);
    } else if (event.key === 'Escape' && open()) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  const optionId = (i: number) => `address-option-${i}`;
  return (
    <div class="address-combobox">
      <label for="where-address">{ts().address}</label>
      <input
        id="where-address"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open()}
        aria-controls="where-address-options"
        aria-describedby="where-address-hint"
        aria-activedescendant={open() && active() >= 0 ? optionId(active()) : undefined}
        value={text()}
        onInput={(e) => {
          setText(e.currentTarget.value);
          ask(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <p id="where-address-hint" class="meta">
        {ts().addressHint}
      </p>
      <div id="where-address-options" role="listbox" aria-label={ts().addressSuggestions} hidden={!open()}>
        <For each={suggestions()}>
          {(s, i) => (
            <div
              id={optionId(i())}
              role="option"
              tabIndex={-1}
              aria-selected={active() === i()}
              classList={{ active: active() === i() }}
              onMouseDown={(e) => {
                e.preventDefault(); // keep the focus in the input
                choose(s);
              }}
            >
              {s.label}
              {s.sample ? ` (${ts().sampleAddress})` : ''}
            </div>
          )}
        </For>
      </div>
      <Show when={searched() && !open() && suggestions().length === 0 && text().trim().length >= 2}>
        <p class="meta" data-testid="address-none">
          {ts().noAddress}
        </p>
      </Show>
    </div>
  );
}
