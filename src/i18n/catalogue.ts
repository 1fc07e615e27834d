import { en } from './catalogues/en.js';
import { fr } from './catalogues/fr.js';
import type { Catalogue } from './catalogues/types.js';
import { vi } from './catalogues/vi.js';
import type { Lang } from './format.js';

export type { Catalogue, MessageKey } from './catalogues/types.js';

/**
 * The message catalogues by language: every human-readable sentence of the reports, checks,
 * reasons, errors and charts, by key (src/i18n/catalogues/). Every key exists in every language:
 * the `Catalogue` type enforces it at compile time and test/messages.test.ts at run time.
 */
export const catalogues: Readonly<Record<Lang, Catalogue>> = { en, vi, fr };
