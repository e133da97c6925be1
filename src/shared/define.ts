const warned = new Set<string>();

/**
 * Registers `ctor` as `tag` unless the tag is already taken.
 *
 * Why not throw: pages often load two copies of a library (a CMS plugin plus an app bundle). The first
 * definition wins, like the platform itself, and we say so once so the duplicate can be found.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`news-elements: <${tag}> is already defined; keeping the existing definition.`);
  }
}
