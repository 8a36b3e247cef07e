/** 16:9 stages from the smallest player the overlays support up to a desktop one. */
export const PHONE_TO_DESKTOP = [
  [280, 160],
  [320, 180],
  [390, 220],
  [640, 360],
  [1280, 720],
] as const;

/** Sub-pixel rounding a layout may show at an edge. */
export const SLACK = 0.5;

/** Whether `inner` lies wholly within `outer`, give or take half a pixel. */
export const within = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - SLACK &&
  inner.top >= outer.top - SLACK &&
  inner.right <= outer.right + SLACK &&
  inner.bottom <= outer.bottom + SLACK;

/** Shown (not collapsed to nothing) and wholly within `outer`. */
export const inside = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.width > 0 && inner.height > 0 && within(inner, outer);

/** An element's computed font size in px. */
export const fontPx = (element: Element): number => parseFloat(getComputedStyle(element).fontSize);
