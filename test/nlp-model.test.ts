/**
 * credence builds wink's model core itself (nlp.ts, loadCoreModel) to skip two slow steps of the model
 * package's loader; it must build the very same object, or wink would tag differently.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { loadCoreModel, winkModel } from '../src/nlp.js';

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

describe('the model wink is given', () => {
  it('reads tokens, tags and sentences as the model package does, without its entity and sentiment models', () => {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const theirs = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    const ours = winkNLP(winkModel(loadCoreModel), ['sbd', 'pos']);
    const files = fg.sync(['fixtures/**/*.txt', 'seeds/*.txt'], { cwd: new URL('..', import.meta.url).pathname, absolute: true }).sort();
    expect(files.length).toBeGreaterThan(100);
    for (const f of files.slice(0, 120)) {
      const text = readFileSync(f, 'utf8');
      const read = (nlp: typeof theirs): unknown => {
        const doc = nlp.readDoc(text);
        return [doc.tokens().out(), doc.tokens().out(nlp.its.pos), doc.tokens().out(nlp.its.precedingSpaces), doc.sentences().out(nlp.its.span)];
      };
      expect(read(ours), f).toEqual(read(theirs));
    }
    // (the addons load when asked for)
    expect(ours.readDoc('The ships were sailing.').tokens().out(ours.its.stem)).toEqual(theirs.readDoc('The ships were sailing.').tokens().out(theirs.its.stem));
  });
});
