/**
 * Which scope and environment a dialog belongs to: the tab's, or a scope the
 * dialog names when that one is more protective (core/dialogs/named-scopes).
 * "Shut down project acme-prod-4821?" opened from a development project's
 * tab, or from the organization's page that shows no project, belongs to
 * acme-prod-4821's environment. Named IDs are judged by the policy the tab
 * uses (TabContext.scopes).
 */
import type { ConsoleId } from '../../consoles/ids';
import { scopeText } from '../../consoles/urls';
import { mayNameScope, mostProtective, namedScopes } from '../../core/dialogs/named-scopes';
import type { Environment } from '../../core/environments';
import type { TabContext } from '../feature';
import type { ReadDialog } from './dialog-reader';

export interface DialogScope {
  console: ConsoleId;
  /** The scope written for people: the tab's, or the one the dialog names. */
  project: string;
  environment: Environment;
  /** Named by the dialog rather than shown by the tab. */
  named: boolean;
}

export function dialogScope(tab: TabContext, read: ReadDialog, guardsThisDialog: (environment: Environment) => boolean): DialogScope | null {
  const context = tab.current();
  const own = context ? { console: context.console, project: context.project, environment: context.environment } : null;
  const resolver = tab.scopes;
  const console = resolver?.console() ?? null;
  // The tab's own environment guards it already: nothing a dialog names can make it stronger.
  const { title, accessibleName, description } = read.description;
  const unnamed = !resolver || !console || (own && guardsThisDialog(own.environment)) || !mayNameScope(console, read.verdict.kind, [title, accessibleName]);
  if (unnamed) return own && { ...own, named: false };
  const texts = { prose: [title, accessibleName, description ?? '', read.confirmHint], names: [read.resourceName ?? ''] };
  const named = namedScopes(console, texts).flatMap((scope) => {
    const environment = resolver.environmentOf(scope);
    return environment ? [{ console, project: scopeText(scope), environment }] : [];
  });
  const result = mostProtective(own, named, guardsThisDialog);
  return result && { ...result.chosen, named: result.named };
}
