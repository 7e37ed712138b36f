import { devWarning } from './dev-warning.js';

/**
 * Registers `ctor` as the custom element `tag`. Idempotent: defining the same class twice under one tag is
 * a no-op. When the tag is taken by another class (another copy or version of the library, or an app's own
 * element), nothing is overwritten and a warning suggests another tag name. The same class can be
 * registered under several tags (a subclass is registered for each extra name).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): CustomElementConstructor | undefined {
  const registry = globalThis.customElements;
  if (!registry) return undefined;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor && !(existing.prototype instanceof ctor)) {
      devWarning(
        `<${tag}> is already defined by another script, so this copy was not registered. ` +
          `Register it under another name with define('my-${tag}').`,
      );
    }
    return existing;
  }
  const taken = Array.from(registeredNames.get(ctor) ?? []);
  const klass = taken.length > 0 ? class extends (ctor as unknown as { new (): HTMLElement }) {} : ctor;
  registry.define(tag, klass as CustomElementConstructor);
  const names = registeredNames.get(ctor) ?? new Set<string>();
  names.add(tag);
  registeredNames.set(ctor, names);
  return klass as CustomElementConstructor;
}

const registeredNames = new WeakMap<CustomElementConstructor, Set<string>>();
