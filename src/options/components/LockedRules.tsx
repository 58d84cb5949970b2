/** What the administrator and the team decide, read-only: their rules in order (each with its console), and whether personal rules apply. */
import type { Policy } from '../../core/policy/types';
import { ruleConsole } from '../../core/rule-index';
import type { CheckedPolicy } from '../../platform/checked-policy';
import { t } from '../../platform/i18n';
import { consoleName, patternKindName, sourceName } from '../../platform/words';

export function LockedRules({ loaded }: { loaded: CheckedPolicy }) {
  const layers = (
    [
      ['managed', loaded.sources.managed],
      ['team', loaded.sources.team],
    ] as const
  ).filter((entry): entry is readonly ['managed' | 'team', Policy] => entry[1] !== null);
  return (
    <>
      <h3 id="locked-heading">{t('optionsLockedHeading')}</h3>
      {layers.length === 0 ? (
        <p class="hint">{t('optionsLockedNone')}</p>
      ) : (
        <>
          <p class="hint">{loaded.effective.personalAllowed ? t('optionsLockedIntro') : t('optionsLockedPersonalOff')}</p>
          <div class="table-wrap">
            <table aria-labelledby="locked-heading" data-testid="locked-rules">
              <thead>
                <tr>
                  <th scope="col">{t('optionsLockedSource')}</th>
                  <th scope="col">#</th>
                  <th scope="col">{t('optionsRuleConsole')}</th>
                  <th scope="col">{t('optionsRuleKind')}</th>
                  <th scope="col">{t('optionsRulePattern')}</th>
                  <th scope="col">{t('optionsRuleEnvironment')}</th>
                  <th scope="col">{t('optionsRuleNote')}</th>
                </tr>
              </thead>
              <tbody>
                {layers.flatMap(([source, policy]) =>
                  policy.rules.length === 0
                    ? [
                        <tr key={source}>
                          <td>{sourceName(source)}</td>
                          <td colSpan={6}>{t('optionsLockedNoRules')}</td>
                        </tr>,
                      ]
                    : policy.rules.map((rule, index) => (
                        <tr key={`${source}-${index}`}>
                          <td>{sourceName(source)}</td>
                          <td>{index + 1}</td>
                          <td>{consoleName(ruleConsole(rule))}</td>
                          <td>{patternKindName(rule.kind)}</td>
                          <td class="mono-inline">{rule.pattern}</td>
                          <td>{rule.environment}</td>
                          <td>{rule.note ?? ''}</td>
                        </tr>
                      )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
