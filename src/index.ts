/** Public library API. */
export { analyze, analyzeFiles, analyzeInParts, collect, judge, judgeInParts, load, type CredenceOptions, type RunStats, type TextInput } from './engine.js';
export { analyzeArticle, type AnalyzeOptions } from './analyze/index.js';
export { RULES, RULE_IDS, type Rule, type RuleContext } from './rules/index.js';
export { FORMATTERS, type Formatter } from './formatters/index.js';
export { jsonChunks } from './formatters/json.js';
export type { Report, ReportInParts, ArticleReport, FindingReport, FigureReport, DateReport, Summary } from './report.js';
export type * from './types.js';
