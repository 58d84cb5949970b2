/**
 * Every console display language the recogniser knows; all are tried on every
 * dialog, whatever `hl` or the browser says. Order matters only for which
 * language a shared word is credited to (Spanish and Portugal's "Eliminar"
 * credit `es`): English first, then the console's language menu.
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { es419 } from './es-419';
import { fr } from './fr';
import { he } from './he';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { MENU_LANGUAGES } from './menu-languages';
import { pt } from './pt';
import { ptBR } from './pt-BR';
import type { LanguageTable } from './types';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';
import { ru } from './ru';
import { pl } from './pl';
import { uk } from './uk';
import { cs } from './cs';
import { hu } from './hu';
import { tr } from './tr';

export const LANGUAGES: readonly LanguageTable[] = [en, ja, de, fr, es, es419, pt, ptBR, it, ko, zhCN, zhTW, id, he, ru, uk, pl, cs, hu, tr, ...MENU_LANGUAGES];
