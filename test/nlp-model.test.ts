/**
 * credence builds wink's model core itself (nlp.ts, loadCoreModel) to skip two slow steps of the model
 * package's loader; it must build the very same object, or wink would tag differently.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadCoreModel } from '../src/nlp.js';

const require = createRequire(import.meta.url);

describe('the model core credence loads', () => {
  it('equals what the model package builds, field by field', () => {
    const theirs = require('wink-eng-lite-web-model').core() as Record<string, unknown>;
    const ours = loadCoreModel() as unknown as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const key of Object.keys(theirs)) expect(ours[key], key).toEqual(theirs[key]);
  });

  it('leaves the model file as read, so a second load is the same', () => {
    const first = loadCoreModel() as unknown as { features: { lexeme: { list: string[] } } };
    first.features.lexeme.list.push('an-unknown-word');
    const second = loadCoreModel() as unknown as { features: { lexeme: { list: string[]; index: number } } };
    expect(second.features.lexeme.list.length).toBe(first.features.lexeme.list.length - 1);
    expect(second.features.lexeme.index).toBe(second.features.lexeme.list.length);
  });
});
