/** Small DOM builders: text always goes in as text, never as HTML. */
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) if (child) element.append(child);
  return element;
}

/** Replaces what `parent` shows. */
export function show(parent: Element, ...children: Array<Child | Child[]>): void {
  parent.replaceChildren(...children.flat().filter((c): c is Node | string => !!c));
}

export const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
