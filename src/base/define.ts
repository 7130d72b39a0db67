/**
 * Registers a custom element unless the tag is already taken. Two CMS plugins may each bundle
 * this library: the first definition of each tag wins and the second copy must not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
