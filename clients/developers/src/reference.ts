/**
 * The schema reference, made from the composed SDL when the page was built: each
 * type with its fields, arguments and descriptions, and what protects a field
 * (@authenticated, @requiresScopes, @policy), said in words.
 */
import { reference as built } from 'virtual:hub-schema';
import { h, show } from './dom.ts';
import { protectionInWords } from './protection.ts';
import type { ReferenceField, ReferenceType } from './reference-model.ts';

const reference: ReferenceType[] = built;

function protection(directives: string[]) {
  if (directives.length === 0) return null;
  return h(
    'span',
    { class: 'protected' },
    directives.map((d) => h('span', {}, `Geschützt: ${protectionInWords(d)} `, h('code', {}, d), ' ')),
  );
}

function fieldItem(field: ReferenceField) {
  const args = field.args.length
    ? `(${field.args.map((a) => `${a.name}: ${a.type}${a.defaultValue ? ` = ${a.defaultValue}` : ''}`).join(', ')})`
    : '';
  return h(
    'li',
    { class: 'field-ref' },
    h('code', {}, `${field.name}${args}: ${field.type}`),
    ' ',
    protection(field.protection),
    field.deprecated ? h('span', { class: 'deprecated' }, ` veraltet: ${field.deprecated}`) : null,
    field.description ? h('p', {}, field.description) : null,
  );
}

function typeEntry(type: ReferenceType) {
  return h(
    'details',
    { class: 'type-ref', id: `typ-${type.name}`, 'data-type': type.name },
    h(
      'summary',
      {},
      h('code', {}, type.name),
      ` (${type.kind})`,
      type.protection.length ? ', geschützt' : '',
    ),
    protection(type.protection),
    type.description ? h('p', {}, type.description) : null,
    type.fields.length ? h('ul', {}, type.fields.map(fieldItem)) : null,
    type.values.length ? h('p', {}, h('code', {}, type.values.join(' | '))) : null,
  );
}

export function renderReference(section: HTMLElement): void {
  const filter = h('input', { id: 'referenz-filter', type: 'search', autocomplete: 'off' });
  const list = h('div', {}, reference.map(typeEntry));
  const count = h('p', { role: 'status' }, `${reference.length} Typen`);
  filter.addEventListener('input', () => {
    const wanted = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const entry of list.children) {
      const type = reference.find((t) => t.name === (entry as HTMLElement).dataset.type);
      const match =
        !wanted ||
        type?.name.toLowerCase().includes(wanted) ||
        type?.fields.some((f) => f.name.toLowerCase().includes(wanted));
      (entry as HTMLElement).hidden = !match;
      if (match) shown += 1;
    }
    count.textContent = `${shown} Typen`;
  });
  show(
    section,
    h('h2', { id: 'referenz-titel' }, 'Schema-Referenz'),
    h(
      'p',
      {},
      'Erzeugt beim Bauen dieser Seite aus dem zusammengesetzten Schema. „Geschützt“ sagt, was ein Feld schützt: die Direktiven @authenticated (Sitzung nötig) und @requiresScopes (Rollen), die das Gateway prüft, bevor ein Subgraph gefragt wird.',
    ),
    h('p', { class: 'field' }, h('label', { for: 'referenz-filter' }, 'Typ oder Feld suchen'), filter),
    count,
    list,
  );
}
