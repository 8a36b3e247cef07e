const warned = new Set<string>();

/** True outside production builds; bundlers replace `process.env.NODE_ENV`, browsers may lack it. */
function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    // No bundler replaced it and there is no `process` (a plain browser): stay quiet.
    return false;
  }
}

/** Warns once per distinct message, and only in development. */
export function warnOnce(message: string): void {
  if (warned.has(message) || !isDevelopment()) return;
  warned.add(message);
  console.warn(`[react-arcware-close] ${message}`);
}
