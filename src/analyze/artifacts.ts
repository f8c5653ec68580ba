/**
 * Undisclosed traces of generation: leaked assistant phrasing, unfilled template slots and prompt echoes.
 * Like disclosures, a table plus one matcher; hits inside quotations (a report about such a slip) and in
 * code-like lines are dropped.
 */
import type { Artifact, ArtifactKind } from '../types.js';

export interface ArtifactPattern {
  id: string;
  kind: ArtifactKind;
  pattern: RegExp;
  example: string;
}

export const ARTIFACT_PATTERNS: ArtifactPattern[] = [
  { id: 'as-an-ai', kind: 'assistant-phrase', pattern: /\bas an AI(?: language model| assistant| model| developed by \w+)?\b/i, example: 'As an AI language model, I cannot predict the result.' },
  { id: 'cannot-fulfil', kind: 'assistant-phrase', pattern: /\bI (?:cannot|can['’]t|am unable to|['’]m unable to|am not able to|won['’]t be able to) (?:fulfil+|comply with|help with|assist with|complete|generate|provide|create|write)\b[^.]{0,40}\b(?:request|that|this)\b/i, example: 'I cannot fulfil this request.' },
  { id: 'certainly-here-is', kind: 'assistant-phrase', pattern: /^(?:certainly|sure|absolutely|of course|great question)[!,.]?\s+(?:here(?:['’]s| is| are)|below is|i(?:['’]d| would) be (?:happy|glad))/i, example: 'Certainly! Here is the article you requested:' },
  { id: 'here-is-the-article', kind: 'assistant-phrase', pattern: /^here(?:['’]s| is) (?:the|a|an|your) (?:revised |rewritten |updated |requested |\d+[- ]word )?(?:article|story|summary|draft|version|news report|press release|blog post)\b[^.]{0,40}[:.]?\s*$/i, example: 'Here is the rewritten article:' },
  { id: 'hope-this-helps', kind: 'assistant-phrase', pattern: /\bI hope this helps\b|\blet me know if you(?:['’]d| would) like (?:any |me to |more |further |additional )?(?:changes|adjustments|edits|revisions|expand|modifications|tweaks)/i, example: 'I hope this helps! Let me know if you would like any changes.' },
  { id: 'regenerate-response', kind: 'assistant-phrase', pattern: /^\s*(?:regenerate(?: response)?|copy code|stop generating)\s*$/i, example: 'Regenerate response' },
  { id: 'knowledge-cutoff', kind: 'assistant-phrase', pattern: /\b(?:my (?:knowledge|training) (?:cutoff|cut-off|data)|as of my last (?:knowledge |training )?(?:update|cutoff))\b/i, example: 'As of my last knowledge update, the club had not confirmed the deal.' },
  { id: 'double-bracket-slot', kind: 'template-slot', pattern: /\[\[\s*[A-Za-z][\w .-]{0,40}\]\]|\{\{\s*[A-Za-z_][\w.]{0,40}\s*\}\}/, example: 'The [[WINNING_TEAM_MASCOT]] celebrated.' },
  { id: 'insert-slot', kind: 'template-slot', pattern: /\[(?:INSERT|ADD|YOUR|PLACEHOLDER|TODO|TBD|TK|NAME OF|COMPANY NAME|CITY|DATE|QUOTE|LINK)\b[^\]]{0,40}\]/, example: 'shares of [INSERT COMPANY NAME] rose' },
  { id: 'upper-snake-slot', kind: 'template-slot', pattern: /[[<{]\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s*[\]>}]/, example: 'Coach <PLAYER_NAME> said' },
  { id: 'prompt-echo', kind: 'prompt-echo', pattern: /^(?:please\s+)?(?:write|generate|create|compose|draft|rewrite|produce)\s+(?:me\s+)?(?:a|an|the)\s+(?:\d+[- ]word\s+|short\s+|brief\s+|neutral\s+|engaging\s+|seo[- ]friendly\s+)*(?:news\s+)?(?:article|story|blog post|summary|headline|press release|report|recap|piece)\b.{0,160}?\b(?:about|on|for|covering|in a|using|with)\b/i, example: 'Write a 300-word article about the council vote in a neutral tone.' },
  { id: 'prompt-instructions', kind: 'prompt-echo', pattern: /^(?:tone|word count|target audience|keywords|instructions|prompt)\s*:\s*\S/i, example: 'Tone: neutral, informative' },
];

const CODE_LIKE = /[;=]\s*$|\b(?:const|let|var|function|return|import|def|class|template|jinja|handlebars|mustache|liquid)\b|=>|\{%|%\}/i;

function insideQuotes(s: string, index: number): boolean {
  const before = s.slice(0, index);
  const opens = (before.match(/[“«„]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const single = (before.match(/(?:^|[\s(:])['‘]/g) ?? []).length - (before.match(/['’](?=[\s.,;:!?)]|$)/g) ?? []).length;
  return opens > 0 || straight || single > 0;
}

export function findArtifacts(lines: Array<{ text: string; start: number; line: number }>): Artifact[] {
  const out: Artifact[] = [];
  for (const l of lines) {
    const text = l.text.replace(/^[\s\-*•>]+/, '');
    const shift = l.text.length - text.length;
    for (const p of ARTIFACT_PATTERNS) {
      const m = p.pattern.exec(text);
      if (!m) continue;
      if (insideQuotes(text, m.index)) continue;
      if (p.kind === 'template-slot' && CODE_LIKE.test(text)) continue;
      out.push({ kind: p.kind, pattern: p.id, start: l.start + shift + m.index, end: l.start + shift + m.index + m[0].length, line: l.line });
      break;
    }
  }
  return out;
}
