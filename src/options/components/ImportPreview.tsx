/** What one way of importing (merge or replace) will change in the editor, line by line, before it happens. */
import { ruleConsole, type Rule } from '../../core/rule-index';
import { DEFAULT_CONSOLE } from '../../consoles/ids';
import { t } from '../../platform/i18n';
import { consoleName } from '../../platform/words';
import type { ImportPlan } from '../import-plan';

/** `acme-pay-*` for Google Cloud, `acme-pay-* (AWS)` elsewhere: enough to find the rule in the list. */
function ruleName(rule: Rule): string {
  const console = ruleConsole(rule);
  return console === DEFAULT_CONSOLE ? rule.pattern : `${rule.pattern} (${consoleName(console)})`;
}

/** What changed in a rule: its environment, or else its note. */
const assigned = (rule: Rule) => (rule.note ? `${rule.environment} (${rule.note})` : rule.environment);

export function ImportPreview({ plan, id }: { plan: ImportPlan; id: string }) {
  const { rules, environments } = plan;
  // What a person may not expect first: rules that change or go, then what is new.
  const lines = [
    ...rules.changed.map(({ before, after }) => t('optionsImportChangesRule', [ruleName(after), assigned(before), assigned(after)])),
    ...rules.removed.map((rule) => t('optionsImportRemovesRule', [ruleName(rule), rule.environment])),
    ...environments.changed.map(({ after }) => t('optionsImportChangesEnvironment', [after.name])),
    ...environments.removed.map((env) => t('optionsImportRemovesEnvironment', [env.name])),
    ...rules.added.map((rule) => t('optionsImportAddsRule', [ruleName(rule), rule.environment])),
    ...environments.added.map((env) => t('optionsImportAddsEnvironment', [env.name])),
  ];
  return (
    <div class="import-preview" id={id} data-testid={`import-preview-${plan.mode}`}>
      <p>{plan.mode === 'merge' ? t('optionsImportMergeHeading') : t('optionsImportReplaceHeading')}</p>
      {lines.length === 0 ? (
        <p>{t('optionsImportNoChange')}</p>
      ) : (
        <ul class="mono-list">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
