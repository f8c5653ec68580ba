import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerData } from '../src/analyze/gazetteer.js';
import { ROOT } from './helpers.js';

describe('prebuilt lexicons', () => {
  it('dist/lexicons/gazetteer.json is exactly what the packages give', () => {
    const file = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'lexicons', 'gazetteer.json'), 'utf8'));
    process.env.CREDENCE_NO_PREBUILT = '1';
    try {
      expect(file).toEqual(JSON.parse(JSON.stringify(gazetteerData())));
    } finally {
      delete process.env.CREDENCE_NO_PREBUILT;
    }
  });
});
