/**
 * Languages of the Google Cloud console's own language menu that its
 * documentation is not translated into (see docs/languages.md), each with
 * its own table. Kept apart from the documented ones so each group is listed
 * in one place.
 */
import { ar } from './ar';
import { hi } from './hi';
import { nl } from './nl';
import { sv } from './sv';
import { th } from './th';
import { vi } from './vi';
import type { LanguageTable } from './types';

export const MENU_LANGUAGES: readonly LanguageTable[] = [nl, sv, vi, ar, hi, th];
