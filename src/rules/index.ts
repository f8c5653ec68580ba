import { aiArtifact } from './ai-artifact.js';
import { aiDisclosure } from './ai-disclosure.js';
import { contradiction } from './contradiction.js';
import type { Rule } from './types.js';
import { unsupportedNumber } from './unsupported-number.js';

export type { Rule, RuleContext, RuleMeta } from './types.js';

/** Every rule, by id. Ids are part of the interface: documented in README and docs/rules/. */
export const RULES: readonly Rule[] = [aiDisclosure, aiArtifact, unsupportedNumber, contradiction];
export const RULE_IDS = RULES.map((r) => r.id);
