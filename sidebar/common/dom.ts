/**
 * Building the sidebars' DOM safely: people's text only ever becomes text nodes (textContent), never HTML, so a
 * name like `<img src=x onerror=…>` is shown as typed.
 */

/** A child of `el`: text (always as text), a node, or nothing (skipped, for conditional children). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes of `el`; `on…` attributes are refused (use addEventListener). `true` sets an empty attribute. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/** Creates an element with attributes and children; strings become text nodes, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) throw new Error(`el: event attribute ${name} is not allowed`);
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children to a node (strings as text). */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of a node. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** The element with this id; throws (a bug) when the page has none. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`No element #${id}`);
  return found as T;
}

/** «01.09.2025» from an ISO date «2025-09-01»; anything else is shown as is. */
export function ruDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}.${m[2]}.${m[1]}` : (iso ?? '');
}

/** Today on the person's computer as 'YYYY-MM-DD' (local date, not UTC): a default for date fields. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
