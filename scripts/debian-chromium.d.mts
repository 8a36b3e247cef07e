/** Flags Debian's chromium needs on these machines. */
export declare const CHROMIUM_ARGS: string[];
/** The chromium binary: $CHROMIUM_PATH, else the one on PATH, else undefined. */
export declare function chromiumPath(): string | undefined;
