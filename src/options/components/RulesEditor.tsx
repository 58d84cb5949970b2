/**
 * The personal rules: ordered (first match wins), each a console, a pattern
 * kind, a pattern and an environment. Reordered by the Move buttons, by
 * Alt+ArrowUp/Down in any of a rule's fields, or by dragging its handle;
 * each move is announced.
 */
import { useRef, useState } from 'preact/hooks';
import type { ConsoleId } from '../../consoles/ids';
import { ruleConsole, type PatternKind, type Rule } from '../../core/rule-index';
import { t } from '../../platform/i18n';
import { ruleFieldId } from '../field-ids';
import {
  addRule,
  CONSOLE_IDS,
  deleteRule,
  issuesAt,
  moveRuleTo,
  PATTERN_KINDS,
  ruleKey,
  setRuleConsole,
  updateRule,
  type Draft,
  type DraftValidation,
  type EnvironmentChoice,
  type RuleField,
} from '../model';
import { consoleName, patternKindName } from '../../platform/words';
import { useFocusRequest } from '../use-focus-request';
import { FieldIssues, fieldA11y } from './FieldIssues';
import { RowActions } from './RowActions';

interface Props {
  draft: Draft;
  validation: DraftValidation;
  choices: readonly EnvironmentChoice[];
  onChange: (draft: Draft) => void;
}

/** What each console's rules match: project IDs; account IDs or aliases; subscription IDs or names. */
const PLACEHOLDER: Record<ConsoleId, Record<PatternKind, string>> = {
  gcp: { exact: 'acme-prod-1', glob: 'acme-*-prod', regex: 'acme-(eu|us)-prod-\\d+' },
  aws: { exact: '1111-2222-3333', glob: 'acme-*-prod', regex: 'acme-(eu|us)-prod' },
  azure: { exact: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', glob: '0b1c2d3e-*', regex: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f[0-9]' },
  // A site's rules match the name its address shows: a namespace, an Argo CD project.
  site: { exact: 'payments-prod', glob: '*-prod', regex: '(eu|us)-prod' },
};

export function RulesEditor({ draft, validation, choices, onChange }: Props) {
  const requestFocus = useFocusRequest();
  const count = draft.rules.length;
  const [announcement, setAnnouncement] = useState('');
  // The index of the rule being dragged (null: no drag of ours).
  const dragging = useRef<number | null>(null);

  const moveTo = (from: number, to: number, focusIds: readonly string[]) => {
    if (to < 0 || to >= count || to === from) return;
    onChange(moveRuleTo(draft, from, to));
    requestFocus(focusIds);
    setAnnouncement(t('optionsRuleMoved', [String(from + 1), String(to + 1), String(count)]));
  };

  return (
    <section class="editor" aria-labelledby="rules-heading">
      <h3 id="rules-heading">{t('optionsRulesHeading')}</h3>
      <p class="hint">{t('optionsRulesIntro')}</p>
      {count > 1 ? <p class="hint">{t('optionsRulesReorderHint')}</p> : null}
      {count === 0 ? <p class="empty">{t('optionsRulesEmpty')}</p> : null}
      <ol class="rows">
        {draft.rules.map((item, index) => (
          <RuleRow
            key={item.key}
            rule={item.value}
            itemKey={item.key}
            index={index}
            count={count}
            draft={draft}
            validation={validation}
            choices={choices}
            onChange={(patch) => onChange(updateRule(draft, index, patch))}
            onConsole={(console) => onChange(setRuleConsole(draft, index, console))}
            onMove={(delta, button) => moveTo(index, index + delta, [`rule-${item.key}-${button}`, `rule-${item.key}-${button === 'up' ? 'down' : 'up'}`])}
            onMoveKey={(delta, fieldId) => moveTo(index, index + delta, [fieldId])}
            onDragStart={() => (dragging.current = index)}
            onDragEnd={() => (dragging.current = null)}
            dragging={() => dragging.current !== null}
            onDrop={() => {
              const from = dragging.current;
              dragging.current = null;
              if (from !== null) moveTo(from, index, [`rule-${draft.rules[from]!.key}-match`]);
            }}
            onDelete={() => {
              onChange(deleteRule(draft, index));
              const next = draft.rules[index + 1] ?? draft.rules[index - 1];
              requestFocus(next ? [`rule-${next.key}-delete`] : ['add-rule']);
            }}
          />
        ))}
      </ol>
      <p class="visually-hidden" role="status" data-testid="rule-move-announcement">
        {announcement}
      </p>
      <button
        type="button"
        id="add-rule"
        onClick={() => {
          const next = addRule(draft);
          onChange(next);
          requestFocus([ruleFieldId(next.nextKey - 1, 'match')]);
        }}
      >
        {t('optionsAddRule')}
      </button>
    </section>
  );
}

interface RowProps {
  rule: Rule;
  itemKey: number;
  index: number;
  count: number;
  draft: Draft;
  validation: DraftValidation;
  choices: readonly EnvironmentChoice[];
  onChange: (patch: Partial<Rule>) => void;
  onConsole: (console: ConsoleId) => void;
  onMove: (delta: number, button: 'up' | 'down') => void;
  /** Alt+ArrowUp/Down in the field with this id. */
  onMoveKey: (delta: number, fieldId: string) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  /** Whether one of this list's rules is being dragged (other drags, such as a file, are not dropped here). */
  dragging: () => boolean;
  onDrop: () => void;
  onDelete: () => void;
}

function RuleRow(props: RowProps) {
  const { rule, itemKey, index, count, validation, choices, onChange, onConsole, onMove, onDelete } = props;
  const [dropTarget, setDropTarget] = useState(false);
  const name = t('optionsRuleNumber', [String(index + 1)]);
  const at = (field: RuleField) => ({
    id: ruleFieldId(itemKey, field),
    errors: issuesAt(validation.errors, ruleKey(index, field)),
    warnings: issuesAt(validation.warnings, ruleKey(index, field)),
  });
  const consoleField = at('console');
  const console = ruleConsole(rule);
  const kind = at('kind');
  const match = at('match');
  const environment = at('environment');
  const note = at('note');
  const known = choices.some((choice) => choice.name.toLowerCase() === rule.environment.trim().toLowerCase());

  return (
    <li
      class={dropTarget ? 'row rule-row drop-target' : 'row rule-row'}
      onKeyDown={(e) => {
        if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        const id = (e.target as HTMLElement).id;
        if (!id) return;
        e.preventDefault();
        props.onMoveKey(e.key === 'ArrowUp' ? -1 : 1, id);
      }}
      onDragOver={(e) => {
        if (!props.dragging()) return;
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(e) => {
        if (!props.dragging()) return;
        e.preventDefault();
        setDropTarget(false);
        props.onDrop();
      }}
    >
      {/* The mouse's way to reorder; the keyboard has the Move buttons and Alt+Arrow keys. */}
      <span
        class="drag-handle"
        draggable
        aria-hidden="true"
        title={t('optionsRuleDragHandle')}
        onDragStart={(e) => {
          if (e.dataTransfer) {
            e.dataTransfer.effectAllowed = 'move';
            // Firefox starts a drag only with data set.
            e.dataTransfer.setData('text/plain', rule.pattern);
            const row = e.currentTarget.closest('li');
            if (row) e.dataTransfer.setDragImage(row, 16, 16);
          }
          props.onDragStart();
        }}
        onDragEnd={props.onDragEnd}
      >
        ⠿
      </span>
      <span class="row-number" aria-hidden="true">
        {index + 1}
      </span>
      <div class="field">
        <label for={consoleField.id}>
          {t('optionsRuleConsole')}
          <span class="visually-hidden"> ({name})</span>
        </label>
        <select {...fieldA11y(consoleField.id, consoleField.errors)} value={console} onChange={(e) => onConsole(e.currentTarget.value as ConsoleId)}>
          {CONSOLE_IDS.map((value) => (
            <option key={value} value={value}>
              {consoleName(value)}
            </option>
          ))}
        </select>
        <FieldIssues fieldId={consoleField.id} errors={consoleField.errors} />
      </div>
      <div class="field">
        <label for={kind.id}>
          {t('optionsRuleKind')}
          <span class="visually-hidden"> ({name})</span>
        </label>
        <select {...fieldA11y(kind.id, kind.errors)} value={rule.kind} onChange={(e) => onChange({ kind: e.currentTarget.value as PatternKind })}>
          {PATTERN_KINDS.map((value) => (
            <option key={value} value={value}>
              {patternKindName(value)}
            </option>
          ))}
        </select>
        <FieldIssues fieldId={kind.id} errors={kind.errors} />
      </div>
      <div class="field grow">
        <label for={match.id}>
          {t('optionsRulePattern')}
          <span class="visually-hidden"> ({name})</span>
        </label>
        <input
          {...fieldA11y(match.id, match.errors, match.warnings)}
          type="text"
          class="mono"
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          placeholder={PLACEHOLDER[console][rule.kind]}
          value={rule.pattern}
          onInput={(e) => onChange({ pattern: e.currentTarget.value })}
        />
        <FieldIssues fieldId={match.id} errors={match.errors} warnings={match.warnings} />
      </div>
      <div class="field">
        <label for={environment.id}>
          {t('optionsRuleEnvironment')}
          <span class="visually-hidden"> ({name})</span>
        </label>
        <select
          {...fieldA11y(environment.id, environment.errors, environment.warnings)}
          class="environment-select"
          value={known ? choices.find((choice) => choice.name.toLowerCase() === rule.environment.trim().toLowerCase())!.name : rule.environment}
          onChange={(e) => onChange({ environment: e.currentTarget.value })}
        >
          {known ? null : <option value={rule.environment}>{t('optionsRuleUnknownEnvironmentOption', [rule.environment || '—'])}</option>}
          {choices.map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choice.name} ({choice.label})
            </option>
          ))}
        </select>
        <FieldIssues fieldId={environment.id} errors={environment.errors} warnings={environment.warnings} />
      </div>
      <div class="field note-field">
        <label for={note.id}>
          {t('optionsRuleNote')}
          <span class="visually-hidden"> ({name})</span>
        </label>
        <input
          id={note.id}
          type="text"
          autocomplete="off"
          placeholder={t('optionsRuleNotePlaceholder')}
          value={rule.note ?? ''}
          onInput={(e) => onChange({ note: e.currentTarget.value })}
        />
      </div>
      <RowActions idPrefix={`rule-${itemKey}`} itemName={name} index={index} count={count} onMove={onMove} onDelete={onDelete} />
    </li>
  );
}
