// The Simplified Chinese words, as one chunk that packs.ts fetches when Chinese is first shown: the catalog (with its
// parameters, presets and lessons) and the event phrasebook. Nothing else in the app imports these files.

// zod's setting first (jitless.ts), as validate.ts has it: this chunk shares the model's schemas with the page, and
// the schemas' shared chunk must hold the setting too, ahead of them, or building a schema tries eval (a CSP violation)
import '../../sim/jitless.ts';
import { CHINESE_EVENTS } from './events.zh-CN.ts';
import type { LanguagePack } from './packs.ts';
import { zhCN } from './zh-CN.ts';

export const CHINESE: LanguagePack = { t: zhCN, events: CHINESE_EVENTS };
