/**
 * Who a sentence says its claim comes from: named ("according to Reuters", "the ministry said"), anonymous
 * ("a source says", "people familiar with the matter") or vague ("analysts say", "reports indicate").
 */
import type { Attribution } from '../types.js';

const NAME = String.raw`((?:the |a |an )?[A-Z][\p{L}&.'’-]*(?:\s+(?:[A-Z][\p{L}&.'’-]*|of|for|and|de|the))*)`;
const SAY = String.raw`(?:said|says|say|reported|reports|report|told|tells|estimated|estimates|announced|announces|stated|states|confirmed|confirms|found|finds|showed|shows|disclosed|revealed|wrote|writes|noted|notes|added|claimed|claims|predicted|predicts|projected|projects|forecast|forecasts|calculated|published)`;

const ANONYMOUS = /\b(?:(?:a|one|two|three|several) (?:person|people|sources?|officials?|insiders?|executives?|diplomats?)(?: (?:familiar|close|briefed|with knowledge|who (?:spoke|asked|declined|requested)))|(?:according to |told )?(?:a|an|one) (?:senior |unnamed |anonymous )?(?:source|insider|official|person)\b(?! (?:of|for) )|sources? (?:said|say|says|told|familiar|close)|people familiar with|persons? familiar with|on (?:the )?condition of anonymity|who (?:declined|asked not) to be (?:named|identified)|unnamed (?:sources?|officials?))/i;
const VAGUE = /\b(?:analysts?|experts?|observers?|critics?|economists?|researchers?|industry (?:data|sources|figures|estimates)|estimates|reports|studies|research|data|surveys?|polls?|some|many|officials|insiders|commentators|traders|investors|market watchers)\s+(?:say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|show|shows|believe|estimate|estimated|expect|note|noted|argue|warn|project|predict)\b|\breportedly\b|\b(?:it is|is|are|was|were) (?:said|reported|estimated|believed|thought|understood) to\b|\baccording to (?:some |industry |market )?(?:estimates|reports|analysts|experts|data|figures|observers)\b|\breports (?:indicate|suggest|say|emerged)\b/i;

const ACCORDING = new RegExp(String.raw`\baccording to ${NAME}`, 'u');
const NAMED_SAY = new RegExp(String.raw`${NAME}(?:'s?|’s?)?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?${SAY}\b`, 'u');
const SAY_NAMED = new RegExp(String.raw`\b(?:${SAY}|said|says)\s+${NAME}`, 'u');
const STATEMENT_FROM = new RegExp(String.raw`\b(?:a |an |the )?(?:statement|report|filing|release|survey|study|analysis|data|figures|estimate|estimates) (?:from|by|of) ${NAME}`, 'u');
const TOLD = new RegExp(String.raw`\btold ${NAME}`, 'u');
const LOWER_ORG = /\b(?:according to |said |says )?(the (?:ministry|department|government|company|council|agency|union|police|club|authority|authorities|regulator|commission|committee|court|hospital|office|board|spokesperson|spokeswoman|spokesman|mayor|minister|prime minister|president|ceo|firm|bank|party))\b(?:\s+(?:said|says|stated|announced|confirmed|reported|estimated|told))/i;

const STOP_NAMES = /^(?:The|A|An|It|This|That|These|Those|He|She|They|We|I|But|And|However|Meanwhile|In|On|At|By|For|If|When|While|Still|Yet|Also|Analysts|Experts|Critics|Reports|Officials|Sources?)$/;

function clean(name: string): string | null {
  let n = name.trim().replace(/^(?:the|a|an)\s+/i, (s) => (/^the/i.test(s) ? 'the ' : '')).replace(/[’']s$/, '');
  n = n.replace(/\s+(?:of|for|and|de|the)$/i, '').trim();
  if (n === '' || STOP_NAMES.test(n) || /^the$/i.test(n)) return null;
  return n;
}

export function findAttribution(sentence: string): Attribution | null {
  const anon = ANONYMOUS.exec(sentence);
  const named =
    ACCORDING.exec(sentence) ?? STATEMENT_FROM.exec(sentence) ?? NAMED_SAY.exec(sentence) ?? SAY_NAMED.exec(sentence);
  if (named) {
    const n = clean(named[1]!);
    if (n && !/^(?:a|an) /i.test(named[1]!) && !(anon && anon.index < named.index)) return { kind: 'named', name: n };
  }
  const lower = LOWER_ORG.exec(sentence);
  if (lower && !anon) return { kind: 'named', name: lower[1]!.toLowerCase() };
  if (anon) {
    const via = TOLD.exec(sentence);
    const who = anon[0].replace(/^(?:according to|told)\s+/i, '').trim();
    return { kind: 'anonymous', name: via && clean(via[1]!) ? `${who} (to ${clean(via[1]!)})` : who };
  }
  const vague = VAGUE.exec(sentence);
  if (vague) return { kind: 'vague', name: vague[0].replace(/\s+(?:say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|show|shows|believe|estimate|estimated|expect|note|noted|argue|warn|project|predict)$/i, '').trim() };
  return null;
}
