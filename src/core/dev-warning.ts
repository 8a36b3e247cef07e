const warned = new Set<string>();

/**
 * Warns once per distinct message. Callers guard each call inline with
 * `try { if (process.env.NODE_ENV !== 'production') ... } catch {}`: bundlers replace NODE_ENV, so
 * a production build drops the check, the call and its message text; a plain browser with no
 * `process` throws into the empty catch and stays quiet.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[react-arcware-close] ${message}`);
}
