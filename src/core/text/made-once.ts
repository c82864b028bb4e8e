/**
 * The value `make` returns, made on the first call and kept. For regular expressions with Unicode
 * property classes (`\p{Cf}` and the like): a module-level literal is parsed when the bundle loads,
 * about a millisecond each, in every run, even one whose text is all plain ASCII and never needs it.
 */
export function madeOnce<T>(make: () => T): () => T {
  let made: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      made = make();
      done = true;
    }
    return made as T;
  };
}
