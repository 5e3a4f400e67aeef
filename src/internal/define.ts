/**
 * Safe registration. A CMS page may load the bundle twice, or two versions of it:
 * - the same version again is a no-op;
 * - another version warns once per tag and leaves the first registration in place;
 * - nothing ever throws.
 */
import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('civic-widgets.version');
const warned = new Set<string>();

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

export function safeDefine(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    const theirs = existing[VERSION_KEY];
    if (existing !== ctor && theirs !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `[civic-widgets] <${tag}> is already defined by ${theirs ? `version ${theirs}` : 'another script'}; ` +
          `this copy (version ${VERSION}) is not used. Load civic-widgets once per page.`,
      );
    }
    return;
  }
  (ctor as Versioned)[VERSION_KEY] = VERSION;
  try {
    registry.define(tag, ctor);
  } catch (err) {
    // Another script won a race for the same tag, or the class was already used for another tag.
    console.warn(`[civic-widgets] could not define <${tag}>:`, err);
  }
}
