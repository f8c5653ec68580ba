/**
 * Adversarial article generators for the pathological benchmark and the robustness tests. Each family
 * stresses one thing a regex or the NLP library could be super-linear on; every generator is deterministic
 * (seeded), so a slow size can be reproduced exactly.
 */

import { mulberry32 } from '../dist/eval/prng.js';

/** The shared seeded generator (src/eval/prng.ts), so inputs are identical on every run and machine. */
export const rng = mulberry32;

const pick = (r, list) => list[Math.floor(r() * list.length)];

/** Repeats `piece()` until the text reaches `size` characters, then cuts it there. */
function fill(size, piece) {
  const parts = [];
  let n = 0;
  while (n < size) {
    const p = piece();
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, size);
}

const PROSE = [
  'The council approved a budget of $4.5 million on March 3, 2024, officials said.',
  'About 1,250 dockers returned to work after the strike, according to the union.',
  'Revenue rose 12% to €3.2 billion in the first half of 2025, Reuters reported.',
  'Prime Minister Jane Okafor told reporters in Lagos that the plan would cost 40 billion naira.',
  'Analysts say more than 30 countries have joined the scheme since late February.',
  'NATO, the 32-member alliance, met in Brussels on Tuesday.',
];

function syllableWord(r) {
  const syl = ['ka', 'lo', 'mer', 'vin', 'tas', 'ro', 'del', 'an', 'bri', 'sto', 'qua', 'zen'];
  let w = '';
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) w += pick(r, syl);
  return w;
}

export const FAMILIES = {
  /**
   * Tokens with no spaces: half the file is one run of letters on its own line (a pasted base64 blob), the
   * rest prose lines with runs of 300 to 3,000 letters inside them (long URLs, hashes), still prose by their
   * share of spaces. Letters only, since a run of capitals is what name patterns rescan.
   */
  'long-token': (size) => {
    const r = rng(1);
    const letters = (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode((r() < 0.6 ? 65 : 97) + Math.floor(r() * 26));
      return s;
    };
    const head = 'Data dump\n\nThe file below was attached, officials said.\n';
    const blob = letters(Math.floor(size / 2)) + '\n';
    const rest = fill(size - head.length - blob.length, () => {
      let line = '';
      while (line.length < 4000) line += pick(r, PROSE) + ' ' + (r() < 0.3 ? letters(300 + Math.floor(r() * 2700)) + ' ' : '');
      return line + '\n';
    });
    return head + blob + rest;
  },
  /** Ordinary prose with no line breaks at all (some exports drop them). */
  'long-line': (size) => {
    const r = rng(2);
    return 'Budget row deepens\n\n' + fill(size - 20, () => pick(r, PROSE) + ' ');
  },
  /** Runs of digits and commas of every length, inside sentences and alone. */
  'digits-and-commas': (size) => {
    const r = rng(3);
    const run = () => {
      const n = 1 + Math.floor(r() ** 3 * 400);
      let s = '';
      for (let i = 0; i < n; i++) s += r() < 0.25 ? ',' : String(Math.floor(r() * 10));
      return s;
    };
    return 'Figures\n\n' + fill(size - 9, () => {
      const k = r();
      if (k < 0.1) return '\n';
      if (k < 0.5) return `Revenue rose to ${run()} in ${run()}, up ${run()}% from $${run()} million. `;
      return run() + (r() < 0.5 ? ' ' : ',');
    });
  },
  /** Currency signs repeated and stacked, with and without numbers. */
  'repeated-currency': (size) => {
    const r = rng(4);
    const signs = ['$', '€', '£', '¥', 'US$', 'C$', 'Rs.', 'USD ', 'EUR'];
    return 'Prices\n\n' + fill(size - 8, () => {
      const k = r();
      if (k < 0.05) return '\n';
      const n = 1 + Math.floor(r() ** 2 * 200);
      let s = '';
      for (let i = 0; i < n; i++) s += pick(r, signs);
      return r() < 0.5 ? `${s}${Math.floor(r() * 1000)} million ${s} ` : `It cost ${s} ${s}5.5 billion dollars. `;
    });
  },
  /** Long runs of capitalised words: every one a candidate name for the entity and attribution passes. */
  'capitalised-words': (size) => {
    const r = rng(5);
    return 'Names\n\n' + fill(size - 7, () => {
      const k = r();
      if (k < 0.02) return '\n';
      if (k < 0.05) return 'said. ';
      const w = syllableWord(r);
      return w[0].toUpperCase() + w.slice(1) + (r() < 0.05 ? ' of ' : ' ');
    });
  },
  /** Deeply nested and unbalanced brackets and quotes. */
  'nested-brackets': (size) => {
    const r = rng(6);
    const open = ['(', '[', '{', '<', '“', '"', "'", '[['];
    const close = [')', ']', '}', '>', '”', '"', "'", ']]'];
    return 'Brackets\n\n' + fill(size - 10, () => {
      const depth = 1 + Math.floor(r() ** 2 * 300);
      let s = '';
      const stack = [];
      for (let i = 0; i < depth; i++) {
        const j = Math.floor(r() * open.length);
        s += open[j];
        stack.push(j);
        if (r() < 0.2) s += pick(r, ['12%', 'NATO', 'INSERT', 'said', '$5']) + ' ';
      }
      while (stack.length) s += r() < 0.8 ? close[stack.pop()] : (stack.pop(), '');
      return s + (r() < 0.1 ? '\n' : ' ');
    });
  },
  /** AI-disclosure phrases over and over, on separate lines and run together. */
  'disclosure-phrases': (size) => {
    const r = rng(7);
    const phrases = [
      'This article was created using AI technology and reviewed by the editorial team.',
      'Summarized by NextFin AI',
      'AI generated illustration related to: the port strike',
      "I'm an AI-powered journalist.",
      'This story is AI-generated.',
      'We used AI to summarize this report.',
      'As an AI language model, I cannot predict the result.',
      'No part of this article was generated by AI.',
    ];
    return 'Disclosures\n\n' + fill(size - 13, () => pick(r, phrases) + (r() < 0.5 ? '\n' : ' '));
  },
};

export const FAMILY_NAMES = Object.keys(FAMILIES);
