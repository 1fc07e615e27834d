import type { en } from './en.js';

/** A key of the message catalogue (the English catalogue is the reference). */
export type MessageKey = keyof typeof en;

/** One language's catalogue: every key, a template each. */
export type Catalogue = Readonly<Record<MessageKey, string>>;
