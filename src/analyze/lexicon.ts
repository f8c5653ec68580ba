import { table } from '../text/table.js';

/**
 * Word lists shared by the extractors. Kept as data so a reader can see, and a test can check, what each
 * extractor knows.
 */

export const WORD_NUMBERS: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
});

export const SCALES: Readonly<Record<string, number>> = table({
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, crore: 1e7, lakh: 1e5,
});

/**
 * ISO 4217 codes news writes before or after an amount ("SEK 238", "EUR 85.4 million", "2.1bn NOK"), beyond
 * those the symbols below name.
 */
export const MORE_ISO_CODES = ['SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'UAH', 'RUB', 'TRY', 'ILS', 'SAR', 'AED',
  'QAR', 'KWD', 'EGP', 'MAD', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'NZD', 'HKD', 'SGD', 'KRW', 'TWD', 'THB', 'MYR', 'VND'];

/** Currency symbols and words to ISO 4217 codes. */
export const CURRENCY_PREFIX: Readonly<Record<string, string>> = table({
  'us$': 'USD', 'u.s.$': 'USD', $: 'USD', 'c$': 'CAD', 'a$': 'AUD', 'nz$': 'NZD', 'hk$': 'HKD', 's$': 'SGD', 'r$': 'BRL',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', rs: 'INR', 'rs.': 'INR',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', chf: 'CHF', cny: 'CNY', inr: 'INR', cad: 'CAD', aud: 'AUD',
  // African and Asian currencies news in English writes before the digits: KSh10 billion, N70 million, R2bn,
  // ₦500, GH₵20, ₱1,000, Rp5 trillion. "N" and "R" are read as currencies only in front of an amount with a
  // scale or thousands separators (figures.ts), so that codes such as N95 stay codes.
  ksh: 'KES', 'ksh.': 'KES', kes: 'KES', ush: 'UGX', ugx: 'UGX', tsh: 'TZS', tzs: 'TZS', '₦': 'NGN', ngn: 'NGN', n: 'NGN',
  r: 'ZAR', zar: 'ZAR', 'gh₵': 'GHS', ghs: 'GHS', '₵': 'GHS', '₱': 'PHP', php: 'PHP', rp: 'IDR', idr: 'IDR', pkr: 'PKR', bdt: 'BDT', '৳': 'BDT',
  ...Object.fromEntries(MORE_ISO_CODES.map((c) => [c.toLowerCase(), c])),
});
export const CURRENCY_SUFFIX: Readonly<Record<string, string>> = table({
  dollar: 'USD', dollars: 'USD', dlrs: 'USD', dlr: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
  euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', stg: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', chf: 'CHF', cny: 'CNY', inr: 'INR', cad: 'CAD', aud: 'AUD',
  'canadian dollars': 'CAD', 'australian dollars': 'AUD', roubles: 'RUB', rubles: 'RUB', won: 'KRW', lira: 'TRY',
  naira: 'NGN', 'kenya shillings': 'KES', 'kenyan shillings': 'KES', rand: 'ZAR', cedis: 'GHS', rupiah: 'IDR', taka: 'BDT',
  kes: 'KES', ngn: 'NGN', zar: 'ZAR', ghs: 'GHS', ugx: 'UGX', tzs: 'TZS', pkr: 'PKR', php: 'PHP', idr: 'IDR', bdt: 'BDT',
  ...Object.fromEntries(MORE_ISO_CODES.map((c) => [c.toLowerCase(), c])),
});

/** Words before a number that bound it. Longest first, matched at the end of the text before the figure. */
export const BOUND_WORDS: Array<[RegExp, 'at-least' | 'at-most' | 'approx']> = [
  // no article after the bound: "under a $4.6 million contract" is a preposition, not a bound
  // "no more than" and "not over" are upper bounds (below), though they end like lower ones
  // ("handing over 2.1bn euros", "took over 300 staff": a verb's particle, not a bound)
  [/(?<!\b(?:no|not)\s)(?<!\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|tak(?:e|es|ing)|took|taken|sign(?:s|ed|ing)?|pass(?:es|ed|ing)?|fork(?:s|ed|ing)?|shell(?:s|ed|ing)?)\s(?=over\b))\b(?:more than|over|at least|upwards of|in excess of|above|exceeding|greater than|no fewer than|no less than|north of|topping|beyond)\s+$/i, 'at-least'],
  [/\b(?:up to|fewer than|less than|under|below|at most|no more than|a maximum of|as (?:many|much) as|not more than|short of|just under|just below)\s+$/i, 'at-most'],
  [/\b(?:capped at|no higher than|a ceiling of|limited to|at a maximum of)\s+$/i, 'at-most'],
  [/\b(?:about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to|circa|ca\.|c\.|approx\.?|just over|just above|more or less|on the order of|near|nearer|an? approximate)\s+(?:a |an )?$/i, 'approx'],
  [/~\s*$/, 'approx'],
];

/** Bounds written after the figure: "2% or more", "50 or fewer". */
export const BOUND_AFTER: Array<[RegExp, 'at-least' | 'at-most']> = [
  [/^\s*(?:or (?:more|higher|above|over|greater|upwards)|plus\b|\+(?!\d))/i, 'at-least'],
  [/^\s*(?:or (?:less|fewer|lower|below|under))\b/i, 'at-most'],
];

/** Nouns after a figure that make it a fall: "a 7% drop", "a 42% reduction". */
export const FALL_AFTER = /^\s*(?:drop|fall|decline|decrease|reduction|cut|slump|plunge|loss|contraction|slide|dip)\b/i;

/** Nouns after a figure that make it a rise: "a 4.99% rise", "a 12% pay increase". */
export const RISE_AFTER = /^\s*(?:(?:pay|price|tax|rent|fare|wage)\s+)?(?:rise|increase|gain|jump|hike|raise|uplift|boost)\b/i;

export const RISE = /\b(?:rose|rise|rises|rising|risen|increased?|increases|increasing|grew|grow|grows|growing|grown|gained?|gains|jumped?|jumps|climbed?|climbs|surged?|surges|soared?|soars|up|added|adding|boosted|expanded|higher|advanced|rebounded)\b/i;
export const FALL = /\b(?:fell|fall|falls|falling|fallen|dropped|drop|drops|declined?|declines|declining|decreased?|decreases|slipped|slips|slid|slides|plunged?|plunges|plummeted|tumbled?|shrank|shrink|shrinks|shrunk|down|lost|lose|loses|cut|cuts|slashed|lower|eased|contracted|retreated|sank|sinks)\b/i;

/** Counted nouns (singular) to the measure they count; unknown nouns measure themselves. */
export const MEASURE_SYNONYMS: Readonly<Record<string, string>> = table({
  'member state': 'member', 'member country': 'member', 'member nation': 'member', ally: 'member', 'allied nation': 'member',
  'member': 'member', country: 'member', nation: 'member', 'state': 'member',
  worker: 'worker', employee: 'worker', staff: 'worker', docker: 'worker', dockworker: 'worker', 'dock worker': 'worker',
  labourer: 'worker', laborer: 'worker', job: 'job', 'staff member': 'worker',
  person: 'person', people: 'person', resident: 'person', citizen: 'person', individual: 'person', civilian: 'person',
  death: 'death', dead: 'death', fatality: 'death', victim: 'death', body: 'death', life: 'death',
  injury: 'injury', injured: 'injury', casualty: 'casualty',
  home: 'home', house: 'home', dwelling: 'home', household: 'household', 'housing unit': 'home', property: 'home',
  vote: 'vote', ballot: 'vote', voter: 'voter', seat: 'seat',
  patient: 'person', participant: 'person', volunteer: 'person',
  student: 'student', pupil: 'student', school: 'school', passenger: 'passenger', vehicle: 'vehicle', car: 'vehicle',
  traveller: 'passenger', traveler: 'passenger', flyer: 'passenger', commuter: 'passenger',
  container: 'container', ship: 'ship', vessel: 'ship', flight: 'flight', departure: 'flight', sailing: 'flight', user: 'user', customer: 'customer',
  subscriber: 'subscriber', store: 'store', shop: 'store', branch: 'branch', acre: 'acre', hectare: 'hectare',
  firefighter: 'firefighter', officer: 'officer', soldier: 'soldier', troop: 'soldier',
  position: 'job', role: 'job', post: 'job', 'job cut': 'job', 'job loss': 'job', redundancy: 'job', layoff: 'job',
  degree: 'temperature', '°C': 'temperature', '°F': 'temperature',
  'fire engine': 'fire engine', appliance: 'fire engine', 'fire appliance': 'fire engine', 'fire truck': 'fire engine', 'fire tender': 'fire engine',
  drone: 'aircraft', uav: 'aircraft', 'unmanned aircraft': 'aircraft', 'unmanned aerial vehicle': 'aircraft', plane: 'aircraft',
  airplane: 'aircraft', aeroplane: 'aircraft', aircraft: 'aircraft', jet: 'aircraft',
  stoppage: 'strike', walkout: 'strike', strike: 'strike', deal: 'deal', contract: 'deal', agreement: 'deal', accord: 'deal',
});

/** Context words to the measure a money or percentage figure reports. */
export const MEASURE_CUES: Array<[string, RegExp]> = [
  ['target', /\b(?:target|targets|goal|objective|ceiling|cap)\b/i],
  ['forecast', /\b(?:forecasts?|projections?|guidance|outlook|expected to reach)\b/i],
  ['revenue', /\b(?:revenues?|sales|turnover|top line|takings)\b/i],
  ['profit', /\b(?:profits?|net income|earnings|ebitda|operating income|surplus)\b/i],
  ['loss', /\b(?:loss|losses|deficit|shortfall|gap|writedown|write-down)\b/i],
  ['budget', /\b(?:budget|budgets|spending|expenditure|outlay|allocation|allocated|appropriation)\b/i],
  ['cost', /\b(?:cost(?:s|ing|ly)?|price tag|bill|overrun|to build|to repair)\b/i],
  ['price', /\b(?:price|prices|priced|fare|fares|fees?|tuition|rent|rents)\b/i],
  ['valuation', /\b(?:valuation|valued|worth|market (?:cap|capitali[sz]ation|value))\b/i],
  ['funding', /\b(?:funding|funds?|invest(?:ment|ed|ing)?|raised|financing|grant|grants|bailout|aid|loan|loans)\b/i],
  ['contract', /\b(?:contract|deal|agreement|order|tender|transfer fee|fee)\b/i],
  ['fine', /\b(?:fine|fined|penalty|penalties|settlement|damages|compensation)\b/i],
  ['debt', /\b(?:debt|debts|borrowing|bonds?|liabilities)\b/i],
  ['wage', /\b(?:wages?|salary|salaries|pay|pay rise|earn(?:s|ed|ing)?|(?:a|per) week|weekly)\b/i],
  ['growth rate', /\b(?:cagr|growth|grow(?:s|ing|n)?|expan(?:d|sion)|gdp)\b/i],
  ['inflation', /\b(?:inflation|cpi|consumer prices)\b/i],
  ['unemployment', /\b(?:unemployment|jobless(?:ness)?)\b/i],
  ['interest rate', /\b(?:interest rates?|base rate|policy rate|benchmark rate|rates?)\b/i],
  ['turnout', /\b(?:turnout)\b/i],
  ['vote share', /\b(?:of the vote|vote share|votes?|support|approval|backing|polled|poll)\b/i],
  ['market share', /\b(?:market share|share of the market)\b/i],
  ['stake', /\b(?:stake|shareholding|equity)\b/i],
  ['tax', /\b(?:tax|taxes|levy|tariffs?|duty|duties)\b/i],
  ['margin', /\b(?:margin|margins)\b/i],
  ['efficacy', /\b(?:efficacy|effective(?:ness)?|reduced the risk|risk reduction)\b/i],
  ['share price', /\b(?:shares|stock|share price)\b/i],
];
