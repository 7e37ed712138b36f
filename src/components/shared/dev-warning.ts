const seen = new Set<string>();

/**
 * The library's one logging helper: a console warning for page authors, printed once per message.
 * Used for mistakes in how an element is embedded (a clashing tag), never for document errors, which
 * are shown in the element itself.
 */
export function devWarning(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  globalThis.console?.warn(`[sop-elements] ${message}`);
}
