/**
 * Verb forms as data, shared by the readers that need one word for every form of a verb: the contradiction
 * rule's context words and the stems of analyze/events.ts.
 */
import { table } from './table.js';

/**
 * Irregular forms of verbs news uses for what happened to a counted thing, as one word: "14 items were taken"
 * and "they took 12 items" say the same of the items.
 */
export const VERB_FORMS: Readonly<Record<string, string>> = table(Object.fromEntries(([
  ['take', 'took taken takes taking'], ['steal', 'stole stolen steals stealing'], ['give', 'gave given gives giving'],
  ['find', 'found finds finding'], ['make', 'made makes making'], ['pay', 'paid pays paying'], ['sell', 'sold sells selling'],
  ['buy', 'bought buys buying'], ['lose', 'lost loses losing'], ['win', 'won wins winning'], ['hold', 'held holds holding'],
  ['leave', 'left leaves leaving'], ['keep', 'kept keeps keeping'], ['begin', 'began begun begins beginning'],
  ['break', 'broke broken breaks breaking'], ['fall', 'fell fallen falls falling'], ['rise', 'rose risen rises rising'],
  ['catch', 'caught catches catching'], ['spend', 'spent spends spending'], ['send', 'sent sends sending'],
  ['build', 'built builds building'], ['bring', 'brought brings bringing'], ['strike', 'struck strikes striking'],
  ['raise', 'raised raises raising'], ['offer', 'offered offers offering'], ['seize', 'seized seizes seizing'],
] as const).flatMap(([base, forms]) => forms.split(' ').map((f) => [f, base]))));
