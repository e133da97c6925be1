import type { PropertyValues, ReactiveElement } from 'lit';

/** A fresh instance of each element class: its properties' defaults. */
const fresh = new WeakMap<object, Record<PropertyKey, unknown>>();

/**
 * Puts back the default of each changed property that was cleared. Frameworks clear a property with `undefined`
 * (React, for a prop it no longer passes) or `null`, and removing an attribute sets its property to `null`: the
 * element then behaves as if the property had never been set, instead of reading `null.trim()`. Called first in
 * `willUpdate`, so the update sees the default. A reflected property is left as it is (restoring it would write
 * the attribute back): its readers handle `null` themselves.
 */
export function restoreCleared(el: ReactiveElement, changed: PropertyValues): void {
  const self = el as unknown as Record<PropertyKey, unknown>;
  const Class = el.constructor as (new () => ReactiveElement) & {
    elementProperties: typeof ReactiveElement.elementProperties;
  };
  for (const key of changed.keys()) {
    // Only public, attribute-backed properties: internal state and property-only data (`stories`, `article`) may
    // be null on purpose, and need no spare instance to tell.
    const options = Class.elementProperties.get(key);
    if (self[key] != null || !options || options.attribute === false || options.state || options.reflect)
      continue;
    let defaults = fresh.get(Class);
    if (!defaults) {
      // (A class constructed only through a scoped registry cannot be made with `new`: then nothing is restored.)
      try {
        defaults = new Class() as unknown as Record<PropertyKey, unknown>;
      } catch {
        defaults = {};
      }
      fresh.set(Class, defaults);
    }
    if (defaults[key] != null) self[key] = defaults[key];
  }
}
