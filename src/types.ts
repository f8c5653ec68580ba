/**
 * Plain data passed between pipeline stages. Nothing here has behaviour or hidden state, so a stage's
 * output can be cached, sent to a worker thread or written as JSON lines and read back unchanged.
 */

export type Severity = 'error' | 'warning' | 'note';
export type SeverityOrOff = Severity | 'off';

/** What a line of the article is, so rules can treat headlines, furniture and body text apart. */
export type LineRole =
  | 'blank'
  | 'title' // the article's headline (first heading-like line)
  | 'heading' // section headings, repeated headlines
  | 'byline' // "By …", author bios, "Photo by …" credits
  | 'caption' // image captions and credits
  | 'furniture' // navigation, subscribe prompts, share buttons, "Previous"/"Next"
  | 'bullet' // list items
  | 'body' // running text
  | 'opaque'; // too long or token-less to analyse (base64, minified data): never handed to NLP

export interface Sentence {
  start: number;
  end: number;
  line: number;
  role: LineRole;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Entity {
  /** Canonical name: the fullest form the article (or corpus) uses. */
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

export type Bound = 'exact' | 'at-least' | 'at-most' | 'approx';

export type AttributionKind = 'named' | 'anonymous' | 'vague';

export interface Attribution {
  kind: AttributionKind;
  /** "Reuters", "a source", "analysts": who the text says the claim comes from. */
  name: string;
}

export interface Period {
  text: string;
  start: string | null;
  end: string | null;
}

export interface Figure {
  text: string;
  value: number;
  unit: string;
  bound: Bound;
  range?: [number, number];
  /** What is measured, normalised ("revenue", "member", "growth rate"). */
  measure: string;
  /** Every measure cue near the figure; two figures corroborate only if they share one. */
  cues: string[];
  subject: string | null;
  period: Period | null;
  attribution: Attribution | null;
  /** Significant decimal places the text shows, to judge rounding (e.g. 4.3 billion → step 1e8). */
  precision: number;
  /** The figure reports a change ("rose 3%", "from 30 to 32"), not a level. */
  change: boolean;
  /** One side of a comparison in its sentence ("to 4.25% from 4.5%"): not a level to contradict. */
  comparison?: boolean;
  /** A share of a whole ("12% of the vote"): a level that a change ("rose 12%") cannot echo. */
  share?: boolean;
  start: number;
  end: number;
  line: number;
  column: number;
  sentence: number;
}

export interface DateMention {
  text: string;
  start: string | null;
  end: string | null;
  offset: number;
  line: number;
  column: number;
  sentence: number;
}

export type DisclosureKind = 'text' | 'partial' | 'image' | 'translation' | 'audio' | 'byline';

export interface Disclosure {
  kind: DisclosureKind;
  /** The article says a human reviewed, edited or fact-checked the AI output. */
  reviewed: boolean;
  /** IPTC digital source type for the kind. */
  digitalSourceType: string;
  pattern: string;
  start: number;
  end: number;
  line: number;
}

export type ArtifactKind = 'assistant-phrase' | 'template-slot' | 'prompt-echo';

export interface Artifact {
  kind: ArtifactKind;
  pattern: string;
  start: number;
  end: number;
  line: number;
}

/** A statement with a polarity, for contradiction checks ("approved" vs "rejected"). */
export interface Claim {
  /** Normalised key of what the claim is about: subject + predicate family + object. */
  key: string;
  subject: string | null;
  predicate: string;
  object: string;
  /** Other words the claim may name what it is about (see claims.ts alternativeObjects), when there are any. */
  alsoAbout?: string[];
  polarity: 1 | -1;
  /** The claim is reported as corrected or superseded in the same sentence. */
  corrected: boolean;
  sentence: number;
  start: number;
  end: number;
  line: number;
}

/** A dated event ("the strike began on March 3") for date contradictions. */
export interface EventDate {
  key: string;
  subject: string | null;
  predicate: string;
  /** Nouns the event is about, when more than the one in its key ("state", "emergency"). */
  about?: string[];
  /**
   * Interval when the date is placed on a calendar; else MM-DD in start and end with `monthDayOnly`; else
   * only a weekday ("would reopen Friday" in an undated article), with empty start and end and `weekdayOnly`.
   * `weekday` (0 = Sunday) is set whenever the text names one.
   */
  date: { start: string; end: string; text: string; monthDayOnly?: boolean; weekdayOnly?: boolean; weekday?: number };
  sentence: number;
  start: number;
  end: number;
  line: number;
}

export interface ArticleAnalysis {
  path: string;
  title: string;
  /** The article's own date (dateline, "Posted …"), used to resolve relative dates. */
  date: string | null;
  /** When `date` is null: the month and day ("MM-DD") of a dateline that gives no year ("LONDON, June 18 -"). */
  monthDay?: string;
  text: string;
  lineStarts: number[];
  lineRoles: LineRole[];
  sentences: Sentence[];
  entities: Entity[];
  figures: Figure[];
  dates: DateMention[];
  disclosures: Disclosure[];
  artifacts: Artifact[];
  claims: Claim[];
  events: EventDate[];
  /** Hashes of sentence shingles, for reprint detection across the corpus. */
  shingles: number[];
  /**
   * The article's most frequent content words (analyze/keywords.ts), the cross-check's topic signal; absent
   * from an analysis made by hand, and then worked out by the cross-check.
   */
  keywords?: string[];
}

export interface Location {
  path: string;
  line: number;
  column: number;
  excerpt: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  related: Location[];
  /** Rule-specific facts (disclosure kind, figure value…), shown in JSON. */
  data?: Record<string, unknown>;
}

export interface Notice {
  path: string;
  level: 'skipped' | 'error' | 'warning';
  message: string;
}
