import { clsx } from 'clsx';

/** Class names for one part: its default (unless unstyled), the host's slot class, and its own. */
export type SlotClassResolver<S extends string> = (slot: S, own?: string) => string | undefined;

/** Builds an overlay's `classFor` from its default class per slot, `unstyled` and `classNames`. */
export function slotClassResolver<S extends string>(
  defaults: Readonly<Record<S, string>>,
  unstyled: boolean,
  classNames: Partial<Record<S, string>> | undefined,
): SlotClassResolver<S> {
  return (slot, own) => clsx(!unstyled && defaults[slot], classNames?.[slot], own) || undefined;
}
