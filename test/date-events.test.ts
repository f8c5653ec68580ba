/**
 * Dated events that conflict across articles: an incident told with its date and no verb ("the fire on the
 * night of Wednesday 3 September"), a burglary told by its verb ("thieves broke into the museum … Sunday 9
 * March"), an order that "was issued", with the event noun a phrase before the verb, and a weekday that only
 * names the date after it ("on Saturday evening, November 15").
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';

const events = (text: string) => analyzeArticle('t.txt', `Update\n\n${text}\n`).events.map((e) => `${e.predicate}|${e.key.split('|')[1]}|${e.date.text.trim()}`);

function contradictions(texts: string[]): string[] {
  const r = judge(texts.map((t, i) => analyzeArticle(`a${i}.txt`, t)), {}, []);
  return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.excerpt}`));
}

describe('dated events', () => {
  it('reads an incident with its date and no verb', () => {
    expect(events('We watched the smoke from the Orton fire on the night of Wednesday 3 September.')).toEqual(['occur|fire|Wednesday 3 September']);
    expect(events('A van was seen shortly before the break-in in the early hours of Saturday 8 March.')).toEqual(['occur|theft|Saturday 8 March']);
  });
  it('reads a burglary by its verb, an issued order, and a weekday naming the date after it', () => {
    expect(events('Thieves broke into the Corran Museum in the early hours of Sunday 9 March, police said.')).toEqual(['occur|theft|Sunday 9 March']);
    expect(events('The evacuation order for the Riverside and Millbank districts was issued late on Sunday, November 16.')).toEqual(['issue|evacuation|Sunday, November 16']);
    expect(events('People left after the evacuation order was issued on Saturday evening, November 15.')).toEqual(['issue|evacuation|November 15']);
  });
  it('flags one incident placed on two days in two articles', () => {
    const a = 'Corran museum raided\n\nCORRAN, 10 March (CPA) - Thieves broke into the Corran Maritime Museum in the early hours of Sunday 9 March and escaped with a gold astrolabe, police said. The museum will stay closed.\n';
    const b = 'Police release van images\n\nPolice have released images of a van seen near the Corran Maritime Museum shortly before the break-in in the early hours of Saturday 8 March. The museum will stay closed.\n';
    expect(contradictions([a, b])).toEqual(['a0.txt:broke into', 'a1.txt:break-in']);
  });
});
