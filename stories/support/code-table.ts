import { ArcwareCloseCode, StandardCloseCode } from '../../src/core/close-codes.js';
import type { CloseDescriptor } from '../../src/core/close-descriptor.js';
import { describeCloseCode } from '../../src/core/describe-close-code.js';

/** Which table a code comes from. */
export type CodeFamily = 'standard' | 'arcware';

/** One named code with everything `describeCloseCode` says about it. */
export interface CodeRow {
  family: CodeFamily;
  code: number;
  descriptor: CloseDescriptor;
}

/** Every named close code, standard first, each described by the kit's own policy. */
export const CODE_ROWS: readonly CodeRow[] = [
  ...Object.values(StandardCloseCode).map((code) => ({ family: 'standard' as const, code })),
  ...Object.values(ArcwareCloseCode).map((code) => ({ family: 'arcware' as const, code })),
].map((row) => ({ ...row, descriptor: describeCloseCode(row.code) }));
