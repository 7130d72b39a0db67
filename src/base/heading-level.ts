/** A heading level the host page chooses (`heading-level`) so widgets fit its outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function clampHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** The level for a heading under one of `level` (never below h6). */
export const subheadingLevel = (level: HeadingLevel): HeadingLevel => Math.min(6, level + 1) as HeadingLevel;
