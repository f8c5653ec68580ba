import { describe, expect, it } from 'vitest';
import { decode } from '../src/read.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decode(enc('Café 12%'))).toMatchObject({ ok: true, text: 'Café 12%', encoding: 'utf-8' });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Hi there')]))).toMatchObject({ ok: true, text: 'Hi there' });
  });
  it('reads UTF-16 LE and BE with BOM, and LE without', () => {
    const le = Buffer.from('\ufeffNATO has 32 members', 'utf16le');
    expect(decode(le)).toMatchObject({ ok: true, text: 'NATO has 32 members', encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    expect(decode(be)).toMatchObject({ ok: true, text: 'NATO has 32 members', encoding: 'utf-16be' });
    expect(decode(Buffer.from('Plain words in UTF-16', 'utf16le'))).toMatchObject({ ok: true, text: 'Plain words in UTF-16' });
  });
  it('decodes Windows-1252 instead of producing replacement characters', () => {
    const bytes = new Uint8Array([...enc('Caf'), 0xe9, ...enc(' costs '), 0x80, ...enc('5 '), 0x93, ...enc('quoted'), 0x94]);
    const r = decode(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'Café costs €5 “quoted”' });
  });
  it('keeps UTF-8 with a stray invalid byte and says where', () => {
    const bytes = new Uint8Array([...enc('Zürich and Genève and Malmö '), 0xff, ...enc(' end')]);
    const r = decode(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).toContain('Zürich');
      expect(r.warnings[0]).toMatch(/invalid UTF-8 at byte 31/);
    }
  });
  it('rejects binary, empty and whitespace-only input with a reason', () => {
    expect(decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toEqual({ ok: false, reason: 'binary file (PDF document)' });
    expect(decode(new Uint8Array([0x41, 0, 0x42, 0x43, 0x44, 0, 0, 0, 1, 2]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decode(new Uint8Array([]))).toEqual({ ok: false, reason: 'empty file' });
    expect(decode(enc(' \n\t \r\n'))).toEqual({ ok: false, reason: 'no text (whitespace only)' });
  });
});
