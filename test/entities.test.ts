import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { definedAcronyms } from '../src/analyze/entities.js';
import { lookupPlace, normaliseName } from '../src/analyze/gazetteer.js';
import type { Entity } from '../src/types.js';

function entities(text: string): Entity[] {
  return analyzeArticle('t.txt', text).entities;
}

/** The entity that has `name` as its name or one of its aliases (case and dots ignored). */
function find(list: Entity[], name: string): Entity | undefined {
  const n = normaliseName(name);
  return list.find((e) => [e.name, ...e.aliases].some((f) => normaliseName(f) === n));
}

function typeOf(list: Entity[], name: string): string | undefined {
  return find(list, name)?.type;
}

describe('entities: titles, possessives and short forms', () => {
  const text = [
    'Tech giant bets on defence',
    '',
    "U.S. President Donald Trump met OpenAI's chief executive, CEO Sam Altman, at the White House on Monday.",
    'Altman said the company would open an office in Washington. Trump did not comment.',
    'The United States and the US Navy have both signed contracts with OpenAI, officials in the U.S. said.',
  ].join('\n');
  const list = entities(text);

  it('splits a country off a title and keeps the person', () => {
    expect(typeOf(list, 'Donald Trump')).toBe('person');
    expect(typeOf(list, 'United States')).toBe('place');
    expect(find(list, 'United States')!.aliases).toEqual(expect.arrayContaining(['U.S.']));
  });

  it('joins a surname to the full name used before it', () => {
    const altman = find(list, 'Sam Altman')!;
    expect(altman.type).toBe('person');
    expect(altman.name).toBe('Sam Altman');
    expect(altman.aliases).toContain('Altman');
    expect(find(list, 'Trump')).toBe(find(list, 'Donald Trump'));
  });

  it('strips possessives and titles from names', () => {
    expect(typeOf(list, 'OpenAI')).toBe('organization');
    expect(list.some((e) => /['’]s$|^(?:CEO|President|U\.S\. President) /.test(e.name))).toBe(false);
  });

  it('reads "US", "U.S." and "United States" as one place', () => {
    expect(list.filter((e) => e.name === 'United States')).toHaveLength(1);
  });
});

describe('entities: acronyms defined in place', () => {
  it('joins an acronym to the name it is defined by', () => {
    const list = entities(
      'Ministers from the North Atlantic Treaty Organization (NATO) met in Brussels. NATO officials said the talks went well, and NATO will meet again.\n',
    );
    const nato = find(list, 'NATO')!;
    expect(nato.type).toBe('organization');
    expect([nato.name, ...nato.aliases]).toEqual(expect.arrayContaining(['NATO', 'North Atlantic Treaty Organization']));
    expect(list.filter((e) => e === nato)).toHaveLength(1);
  });

  it('reads acronyms whose letters come from inside the words', () => {
    expect(definedAcronyms("Ghana's regulator, the Ghana Cocoa Board (COCOBOD), raised prices.").get('COCOBOD')).toBe('Ghana Cocoa Board');
    expect(definedAcronyms("the United Nations Children's Fund (UNICEF) said").get('UNICEF')).toBe("United Nations Children's Fund");
    expect(definedAcronyms('the Kenya Airports Authority (KAA) said').get('KAA')).toBe('Kenya Airports Authority');
  });

  it('gives an acronym the type of its expansion', () => {
    const list = entities('Traffic through Mwangaza International Airport (MIA) rose. MIA handled more flights in March.\n');
    expect(typeOf(list, 'MIA')).toBe('place');
  });

  it('takes a stock ticker in brackets as the company\'s short name, whatever its letters', () => {
    expect(definedAcronyms('Orrin Biotech (NASDAQ: ORBX) said on Monday').get('ORBX')).toBe('Orrin Biotech');
    expect(definedAcronyms('shares of Pellam Foods Group (NYSE: PLF) rose').get('PLF')).toBe('Pellam Foods Group');
    expect(definedAcronyms('Kestrow Mining (ASX: KSW.AX) fell').get('KSW.AX')).toBe('Kestrow Mining');
    const list = entities('Orrin Biotech (NASDAQ: ORBX) will close two plants. ORBX said 300 jobs would go, and ORBX shares fell.\n');
    const orrin = find(list, 'Orrin Biotech')!;
    expect([orrin.name, ...orrin.aliases]).toEqual(expect.arrayContaining(['Orrin Biotech', 'ORBX']));
    // (a ticker's name is the capitalised words just before it, not a lower-case phrase)
    expect(definedAcronyms('the stock (NYSE: ABC) fell').has('ABC')).toBe(false);
  });

  it('does not make a name of a term defined in lower case', () => {
    const list = entities('Spending reached 2% of gross domestic product (GDP) in 2024, and GDP growth slowed.\n');
    expect(find(list, 'GDP')).toBeUndefined();
    expect(definedAcronyms('gross domestic product (GDP)').has('GDP')).toBe(false);
  });
});

describe('entities: what the context says about a name', () => {
  it('types people by titles, role nouns, ages and by-lines', () => {
    const list = entities([
      'By Tomasz Lindgren',
      '',
      'Energy prices will keep rising, said analyst Mira Okonkwo of Fenwick Securities.',
      'Dr Halvard Pettersen, 52, who runs the clinic, disagreed. Cllr Ruth Amadi backed the plan.',
    ].join('\n'));
    for (const p of ['Tomasz Lindgren', 'Mira Okonkwo', 'Halvard Pettersen', 'Ruth Amadi']) expect(typeOf(list, p), p).toBe('person');
    expect(typeOf(list, 'Fenwick Securities')).toBe('organization');
  });

  it('types organisations by their head word, a legal form or a noun before them', () => {
    const list = entities([
      'Developer Harrowgate Homes Ltd wants to build 300 flats, and the ferry operator Tideway Crossings objected.',
      'Talks brokered by the conciliation service Arbitra failed, the Ministry of Ports and Harbours said.',
      'Harrowgate said it would appeal.',
    ].join('\n'));
    expect(typeOf(list, 'Harrowgate Homes Ltd')).toBe('organization');
    expect(find(list, 'Harrowgate')).toBe(find(list, 'Harrowgate Homes Ltd'));
    expect(find(list, 'Harrowgate Homes')).toBe(find(list, 'Harrowgate Homes Ltd'));
    expect(typeOf(list, 'Tideway Crossings')).toBe('organization');
    expect(typeOf(list, 'Arbitra')).toBe('organization');
    expect(typeOf(list, 'Ministry of Ports and Harbours')).toBe('organization');
    expect(find(list, 'Developer Harrowgate Homes Ltd')).toBeUndefined();
  });

  it('types places by the gazetteer, appositives and prepositions', () => {
    const list = entities([
      'Fishing crews in Kestrelby, the region’s busiest fishing port, stayed ashore as storms hit Cornwall and Devon.',
      'Boats from Rotterdam and Dunmerrow were also kept in harbour, officials in Lisbon said.',
    ].join('\n'));
    for (const p of ['Kestrelby', 'Cornwall', 'Rotterdam', 'Lisbon']) expect(typeOf(list, p), p).toBe('place');
    // coordinated with a known place, an unknown town is a place too
    expect(typeOf(list, 'Dunmerrow')).toBe('place');
  });

  it('reads teams on either side of a score as organisations', () => {
    const list = entities('Carrick Rovers 2-0 Elmfield Athletic\n\nCarrick Rovers went top after beating Elmfield Athletic on Saturday.\n');
    expect(typeOf(list, 'Carrick Rovers')).toBe('organization');
    expect(typeOf(list, 'Elmfield Athletic')).toBe('organization');
  });

  it('reads an upper-case acronym as an acronym, not as the town it spells', () => {
    const list = entities('NICE said the drug will be available on the NHS. The conference was held in Nice, France, last year.\n');
    expect(list.find((e) => e.name === 'NICE')?.type).toBe('organization');
    expect(list.find((e) => e.name === 'Nice')?.type).toBe('place');
  });
});

describe('entities: words that are not names', () => {
  it('skips ordinary words that open a sentence', () => {
    const list = entities('Critics say the plan is too timid. Early results were mixed. Residents of Ardmore Vale disagree.\n');
    expect(find(list, 'Critics')).toBeUndefined();
    expect(find(list, 'Early')).toBeUndefined();
    expect(find(list, 'Residents')).toBeUndefined();
  });

  it('skips adjectives of place, measures and time zones', () => {
    const list = entities('German officials said EBITDA fell 4% and the FTSE 100 closed lower at 16:30 GMT, while West African output rose.\n');
    for (const w of ['German', 'EBITDA', 'FTSE', 'GMT', 'West African']) expect(find(list, w), w).toBeUndefined();
  });

  it('takes no name from a Title Case headline alone, but keeps places and names the body uses', () => {
    const list = entities('Storm Clouds Gather Over Harbour Deal In Glasgow\n\nDockers in Glasgow voted to strike over the Harbour deal.\n');
    expect(find(list, 'Storm Clouds Gather Over Harbour Deal')).toBeUndefined();
    expect(find(list, 'Storm Clouds')).toBeUndefined();
    expect(typeOf(list, 'Glasgow')).toBe('place');
  });

  it('does not call a street address a place', () => {
    const list = entities('The firm is based at 14 Calloway Street in Leeds.\n');
    expect(typeOf(list, 'Calloway Street')).not.toBe('place');
    expect(typeOf(list, 'Leeds')).toBe('place');
  });
});

describe('entities: gazetteer', () => {
  it('knows countries, their short forms, capitals, states, regions and cities from packages', () => {
    expect(lookupPlace('U.S.')?.canonical).toBe('United States');
    expect(lookupPlace('Britain')?.canonical).toBe('United Kingdom');
    expect(lookupPlace('Democratic Republic of Congo')?.kind).toBe('country');
    expect(lookupPlace('the Netherlands')?.canonical).toBe('Netherlands');
    expect(lookupPlace('Ohio')?.kind).toBe('state');
    expect(lookupPlace('Central Asia')?.kind).toBe('region');
    expect(lookupPlace('Lusaka')?.kind).toBe('city');
    expect(lookupPlace('Hague')?.canonical).toBe('The Hague');
    expect(lookupPlace('Critics')).toBeNull();
  });
});

describe('entities: output', () => {
  it('is the same on every run, in a stable order', () => {
    const text = 'Anna Lindqvist of Nordbank Markets said Ghana and Ivory Coast would export more cocoa. Lindqvist expects prices to fall.\n';
    const a = JSON.stringify(entities(text));
    const b = JSON.stringify(entities(text));
    expect(a).toBe(b);
    const list = entities(text);
    const counts = list.map((e) => e.mentions);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
  });
});
