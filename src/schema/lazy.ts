/**
 * Schemas built on first use. Building a zod/mini schema costs time (every `z.object`, `z.string().check(…)`
 * creates and initialises objects), and a widget's script used to build every schema of the contract while it
 * loaded, before its first paint, though a list needs two answers checked and a form its own body only on
 * submit. So each schema of the contract has a factory, `initiativePageSchema()`, that builds it on its first
 * call and answers the same object after; the browser code calls the factories. The exported constant next to
 * it, `InitiativePageSchema = /* @__PURE__ *\/ initiativePageSchema()`, is that same object for the server,
 * scripts/openapi.ts and users of `civic-widgets/schema`: it is built when the module is loaded, and left out of
 * a bundle that does not use it (the call is marked pure), so a widget's bundle builds nothing at import.
 */

/** A function that builds a value on its first call and answers that same value after. */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
