/**
 * Undisclosed traces of generation: leaked assistant phrasing, unfilled template slots and prompt echoes.
 * Like disclosures, a table plus one matcher. Dropped: assistant phrasing and prompts inside quotations (a
 * report about such a slip); slots in code-like lines, in lines that talk about placeholders, and anywhere in
 * an article that teaches templating. A slot inside quotation marks stays a slot ("Kiprono said: "[QUOTE]"")
 * unless the line reports on it ("readers spotted "[[TEAM]]" in a headline").
 */
import type { Artifact, ArtifactKind } from '../types.js';

export interface ArtifactPattern {
  id: string;
  kind: ArtifactKind;
  pattern: RegExp;
  example: string;
}

/** Bracketed capitals that are page furniture or editorial tags, not slots. */
const EDITORIAL_TAG = String.raw`(?:UPDATE|UPDATED|VIDEO|PHOTOS?|WATCH|LISTEN|EXCLUSIVE|BREAKING|LIVE|OPINION|ANALYSIS|PDF|AUDIO|GALLERY|SPONSORED|AD|ADVERTISEMENT|CORRECTION|CORRECTED|EDITOR['’]?S NOTE|PAID|PROMOTED|AP|AFP|REUTERS|UPI|DPA|SIC|CLOSED|OPEN|FULL TEXT|TRANSCRIPT|INFOGRAPHIC|MAP|CHART|GRAPHIC|PODCAST|POLL|QUIZ|RECIPE|REVIEW|SPOILERS?|NSFW|UK|US|USA|EU|UN|NEW|HOT|FREE|OFFICIAL|LEAKED|RUMOR|RUMOUR|OC|TW|CW|ETA|FAQ)`;
const SLOT_NOUN = String.raw`(?:NAME|QUOTE|COMPANY|CITY|DATE|NUMBER|TEAM|PLAYER|LINK|URL|PHONE|EMAIL|ADDRESS|PRICE|AMOUNT|PERCENT(?:AGE)?|PRODUCT|BRAND|LOCATION|KEYWORD|TOPIC|SCORE|OPPONENT|VENUE|FIGURE|STAT)S?`;
const TONE = String.raw`(?:upbeat|neutral|formal|informal|casual|friendly|engaging|professional|conversational|positive|punchy|objective|journalistic|persuasive|light|lighthearted|serious|concise|simple)`;

export const ARTIFACT_PATTERNS: ArtifactPattern[] = [
  { id: 'as-an-ai', kind: 'assistant-phrase', pattern: /\bas an? (?:AI|artificial intelligence)(?:\s+(?:language model|assistant|model|chatbot|system)|\s+(?:developed|trained|created) by [\w-]+)?\s*,\s*I\b|\bas an? (?:AI|large|artificial intelligence) language model\b|\bas an AI (?:assistant|chatbot)\b/i, example: 'As an AI language model, I cannot predict the result.' },
  { id: 'cannot-fulfil', kind: 'assistant-phrase', pattern: /\bI (?:cannot|can['’]t|am unable to|['’]m unable to|am not able to|won['’]t be able to) (?:fulfil+|comply with|help with|assist with|complete|generate|provide|create|write)\b[^.]{0,40}\b(?:request|that|this)\b/i, example: 'I cannot fulfil this request.' },
  { id: 'sorry-i-cannot', kind: 'assistant-phrase', pattern: /\b(?:I['’]m sorry|I am sorry|I apologi[sz]e|sorry),?\s+(?:but\s+)?(?:as an AI[^,]{0,30},\s*)?I\s+(?:can['’]t|cannot|am unable to|['’]m unable to|am not able to|don['’]t have|do not have)\s+(?:the ability to\s+|access to\s+)?(?:provide|access|browse|generate|create|write|assist|help with|fulfil+|complete|give|share|offer|predict|verify|real[- ]time|current|live|up-to-date)\b/i, example: "I'm sorry, but I can't provide real-time prices." },
  { id: 'no-live-access', kind: 'assistant-phrase', pattern: /\bI (?:do not|don['’]t|cannot|can['’]t|am unable to|['’]m unable to)\s+(?:have\s+)?(?:access\s+to|browse|search)\s+(?:the\s+)?(?:internet|web|real[- ]time|current|live|up-to-date|latest)\b|\bI (?:do not|don['’]t) have (?:real[- ]time|live|internet|browsing|web) (?:access|data|information|capabilities)\b/i, example: "I don't have access to the internet, so prices may have changed." },
  { id: 'certainly-here-is', kind: 'assistant-phrase', pattern: /^(?:certainly|sure|absolutely|of course|great question|okay|ok)[!,.]?\s+(?:here(?:['’]s| is| are)|below (?:is|are|you['’]ll find)|i(?:['’]d| would) be (?:happy|glad)|i(?:['’]ll| will| can) (?:write|draft|create|help|provide))/i, example: 'Certainly! Here is the article you requested:' },
  { id: 'here-is-the-article', kind: 'assistant-phrase', pattern: /^(?:here(?:['’]s| is)|below is) (?:the|a|an|your) (?:(?:revised|rewritten|updated|requested|\d+[- ]word|short|brief|concise|new|polished|final|improved|edited|seo[- ]optimi[sz]ed|seo[- ]friendly|engaging|possible|draft|news)\s+){0,3}(?:article|story|summary|draft|version|news report|press release|blog post|recap|rewrite)\b[^.]{0,60}[:.]?\s*$/i, example: 'Here is the rewritten article:' },
  { id: 'hope-this-helps', kind: 'assistant-phrase', pattern: /\bI hope this helps\b|\blet me know if you(?:['’]d| would) like (?:any |me to |more |further |additional )?(?:changes|adjustments|edits|revisions|expand|modifications|tweaks)|\bfeel free to (?:ask|let me know) if you (?:need|want|have)\b/i, example: 'I hope this helps! Let me know if you would like any changes.' },
  { id: 'regenerate-response', kind: 'assistant-phrase', pattern: /^\s*(?:regenerate(?: response)?|copy code|stop generating|was this response helpful\??|(?:ChatGPT|Claude|Gemini) can make mistakes\b.*)\s*$/i, example: 'Regenerate response' },
  { id: 'knowledge-cutoff', kind: 'assistant-phrase', pattern: /\b(?:my (?:knowledge|training)(?: data)? (?:cutoff|cut-off|date)|as of my (?:last |latest |most recent )?(?:knowledge |training )?(?:update|cutoff|cut-off|training(?: data)?|data)|my training data (?:only )?(?:goes|extends|runs) (?:up )?to)\b/i, example: 'As of my last knowledge update, the club had not confirmed the deal.' },
  { id: 'double-bracket-slot', kind: 'template-slot', pattern: /\[\[\s*[A-Za-z][\w .-]{0,40}\]\]|\{\{\s*[A-Za-z_][\w.]{0,40}\s*\}\}/, example: 'The [[WINNING_TEAM_MASCOT]] celebrated.' },
  { id: 'insert-slot', kind: 'template-slot', pattern: /\[(?:insert|add|enter|fill in|replace with|your|placeholder|todo|tbd|tk|name of)\b[^\]]{0,40}\]/i, example: 'shares of [INSERT COMPANY NAME] rose' },
  // Bracketed capitals used as a noun in running text, or naming what belongs there (a name, a quote, a figure).
  { id: 'caps-bracket-slot', kind: 'template-slot', pattern: new RegExp(String.raw`(?<=\b[a-z][\w,]*\s)\[(?!${EDITORIAL_TAG}\])[A-Z][A-Z0-9]*(?:[ _][A-Z0-9]+){0,4}\]|\[(?!${EDITORIAL_TAG}\])[A-Z][A-Z0-9]*(?:[ _][A-Z0-9]+){0,4}\](?=(?:['’]s)?\s+[a-z])|\[(?:[A-Z0-9]+[ _]){0,3}${SLOT_NOUN}(?:[ _][A-Z0-9]+){0,3}\]`), example: '[COMPANY] shares rose after the results.' },
  { id: 'upper-snake-slot', kind: 'template-slot', pattern: /[[<{]\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s*[\]>}]/, example: 'Coach <PLAYER_NAME> said' },
  { id: 'single-brace-slot', kind: 'template-slot', pattern: /(?<![\w\\}$])\{\s*[A-Za-z_][A-Za-z0-9_]{2,40}\s*\}(?!\})/, example: '{company_name} beats estimates' },
  { id: 'prompt-echo', kind: 'prompt-echo', pattern: /^(?:please\s+)?(?:write|generate|create|compose|draft|rewrite|produce)\s+(?:me\s+)?(?:a|an|the)\s+(?:\d+[- ]word\s+|short\s+|brief\s+|neutral\s+|engaging\s+|seo[- ]friendly\s+)*(?:news\s+)?(?:article|story|blog post|summary|headline|press release|report|recap|piece)\b.{0,160}?\b(?:about|on|for|covering|in a|using|with)\b/i, example: 'Write a 300-word article about the council vote in a neutral tone.' },
  { id: 'prompt-rewrite', kind: 'prompt-echo', pattern: /^(?:please\s+)?(?:rewrite|summari[sz]e|paraphrase|turn|convert|expand)\s+(?:the following|this|the text below)\s+(?:[\w-]+\s+){0,3}?(?:into|as)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:article|story|news story|blog post|summary|report|piece)\b/i, example: 'Rewrite the following press release as a news story for local readers:' },
  { id: 'prompt-instructions', kind: 'prompt-echo', pattern: /^(?:tone|word count|target audience|keywords|seo keywords|instructions|prompt|system prompt|writing style)\s*:\s*\S/i, example: 'Tone: neutral, informative' },
  { id: 'prompt-style-order', kind: 'prompt-echo', pattern: new RegExp(String.raw`^(?:please\s+)?(?:(?:keep|make) (?:it|the (?:tone|article|piece|story|text))(?: sound)? ${TONE}\b|(?:use|adopt|write in) an? ${TONE} (?:tone|style|voice)\b|(?:include|use|add) (?:at least |the )?(?:\d+ )?(?:seo )?keywords?\b|(?:do not|don['’]t) (?:mention|use|include) (?:the )?(?:word|phrase|keywords?|competitors?)\b|(?:end|finish|close) with a call to action\b|(?:the article|it) should be (?:about )?\d+ words\b)`, 'i'), example: 'Use a friendly tone and include three SEO keywords.' },
];

const CODE_LIKE = /[;=]\s*$|\b(?:const|let|var|function|return|import|def|class|template|templates|placeholders?|jinja|handlebars|mustache|liquid)\b|=>|\{%|%\}|\b[a-z_][a-z0-9_]*\s*=\s*[\[{"'(fr]/i;
/** A line indented as a code block in plain text or Markdown (four spaces or a tab). */
const CODE_BLOCK = /^(?: {4}|\t)\S/;
/** Articles that teach templating show slots on purpose. */
const TEACHES_TEMPLATING = /\b(?:template (?:engine|language|library|syntax|tags?)|templating|jinja2?|handlebars|mustache|liquid templates?|mail merge|f-strings?|format strings?|curly braces)\b/i;
/** A quoted slot on a line that reports on it, not a slot left in this article. */
const REPORTS_ON_IT = /\b(?:spotted|noticed|printed|published|left (?:in|the)|blunder|gaffe|mistake|error|slip|placeholder|the (?:phrase|words|text|string)|readers?|headline about|such as)\b/i;

function insideQuotes(s: string, index: number): boolean {
  const before = s.slice(0, index);
  const opens = (before.match(/[“«„]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const single = (before.match(/(?:^|[\s(:])['‘]/g) ?? []).length - (before.match(/['’](?=[\s.,;:!?)]|$)/g) ?? []).length;
  return opens > 0 || straight || single > 0;
}

export function findArtifacts(lines: Array<{ text: string; start: number; line: number }>): Artifact[] {
  const out: Artifact[] = [];
  const teachesTemplating = lines.some((l) => TEACHES_TEMPLATING.test(l.text));
  for (const l of lines) {
    const text = l.text.replace(/^[\s\-*•>]+/, '');
    const shift = l.text.length - text.length;
    for (const p of ARTIFACT_PATTERNS) {
      const m = p.pattern.exec(text);
      if (!m) continue;
      const slot = p.kind === 'template-slot';
      if (slot && (CODE_LIKE.test(text) || CODE_BLOCK.test(l.text) || teachesTemplating)) continue;
      if (insideQuotes(text, m.index) && (!slot || REPORTS_ON_IT.test(text))) continue;
      out.push({ kind: p.kind, pattern: p.id, start: l.start + shift + m.index, end: l.start + shift + m.index + m[0].length, line: l.line });
      break;
    }
  }
  return out;
}
