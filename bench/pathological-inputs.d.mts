/** Types for pathological-inputs.mjs, so the TypeScript tests can import the generators. */
export function rng(seed: number): () => number;
export const FAMILIES: Record<string, (size: number) => string>;
export const FAMILY_NAMES: string[];
