import { clsx } from 'clsx';

/** Class names for one part: its default (unless unstyled), the host's slot class, and its own. */
export type SlotClassResolver<S extends string> = (slot: S, own?: string) => string | undefined;

/**
 * Builds an overlay's `classFor` from `unstyled` and `classNames`. The default classes, which the
 * stylesheet selects on inside `:where()`, are `block` for the root and `block__<slot>` elsewhere.
 */
export function slotClassResolver<S extends string>(
  block: string,
  unstyled: boolean,
  classNames: Partial<Record<S, string>> | undefined,
): SlotClassResolver<S> {
  return (slot, own) =>
    clsx(!unstyled && (slot === 'root' ? block : `${block}__${slot}`), classNames?.[slot], own) ||
    undefined;
}
