/**
 * For an imported AWS Extend Switch Roles configuration or project list:
 * what the file was read as, the lines left out, and the environment the
 * rules get (for AESR, where a profile's name says none), chosen before
 * merging or replacing. A policy file needs none of this.
 */
import { DEFAULT_ENVIRONMENTS, type Environment } from '../../core/environments';
import { formatLineProblem } from '../../core/policy/import-formats';
import { t } from '../../platform/i18n';
import type { ImportSource } from '../import-source';

interface Props {
  source: Exclude<ImportSource, { format: 'json' }>;
  own: readonly Environment[];
  onChange: (source: ImportSource) => void;
}

/** The editor's environments, then the built-in ones it does not redefine. */
function environmentNames(own: readonly Environment[]): string[] {
  const names = new Map<string, string>();
  for (const environment of [...DEFAULT_ENVIRONMENTS, ...own]) {
    const name = environment.name.trim();
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return [...names.values()];
}

export function ImportSourceChoices({ source, own, onChange }: Props) {
  const aesr = source.format === 'aesr-ini';
  const accounts = aesr ? new Set(source.profiles.map((profile) => profile.account)).size : 0;
  return (
    <div class="import-source">
      <p>{aesr ? t('optionsImportReadAesr', [String(source.profiles.length), String(accounts)]) : t('optionsImportReadList', [String(source.projects.length)])}</p>
      {source.problems.length > 0 ? (
        <>
          <p>{t('optionsImportLinesLeftOut', [String(source.problems.length)])}</p>
          <ul class="mono-list" data-testid="import-left-out">
            {source.problems.map((problem, i) => (
              <li key={i}>{formatLineProblem(problem)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="field">
        <label for="import-environment">{aesr ? t('optionsImportAesrFallback') : t('optionsImportListEnvironment')}</label>
        <select id="import-environment" value={source.environment} onChange={(e) => onChange({ ...source, environment: e.currentTarget.value })}>
          {environmentNames(own).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {aesr && source.profiles.some((profile) => profile.color) ? (
        <div class="field check">
          <input id="import-colours" type="checkbox" checked={source.useColours} onChange={(e) => onChange({ ...source, useColours: e.currentTarget.checked })} />
          <label for="import-colours">{t('optionsImportAesrColours')}</label>
        </div>
      ) : null}
    </div>
  );
}
