/** Creates an element with attributes and children; text is always inserted as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) node.setAttribute(name, '');
    // Styles through the CSSOM: a strict Content Security Policy refuses style attributes, not this.
    else if (name === 'style' && typeof value === 'string') node.style.cssText = value;
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}
