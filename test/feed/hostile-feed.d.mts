import type { Arbitrary } from 'fast-check';

export declare const PROTOTYPE_KEYS: string[];
export declare const text: Arbitrary<string>;
export declare const localizedText: Arbitrary<string | Record<string, string>>;
/** JSON text of a value, `__proto__` keys and raw pieces included. */
export declare function toJson(value: unknown): string;
/** A whole feed as JSON text, with the ids of its valid items per list (they must all survive reading, in order). */
export declare function hostileFeed(options?: {
  maxItems?: number;
  maxDepth?: number;
}): Arbitrary<{ text: string; valid: { services: string[]; events: string[]; calls: string[] } }>;
