/** Every console display language the recogniser knows; all are tried on every dialog. */
import { en } from './en';
import type { LanguageTable } from './types';

export const LANGUAGES: readonly LanguageTable[] = [en];
