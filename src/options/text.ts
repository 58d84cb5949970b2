/**
 * Words for the options page's own issue codes. Every message key is a
 * string literal in a call to t, so the locale test can find it.
 */
import { t } from '../platform/i18n';
import type { DraftIssue, TeamUrlInput } from './model';

export function issueText(issue: DraftIssue): string {
  const detail = issue.detail ?? '';
  switch (issue.code) {
    case 'required':
      return issue.path.endsWith('.match') ? t('optionsIssuePatternRequired') : t('optionsIssueRequired');
    case 'invalidRegex':
      return t('optionsIssueInvalidRegex', [detail]);
    case 'unsupportedRegex':
      return t('optionsIssueUnsupportedRegex', [detail]);
    case 'unknownEnvironment':
      return t('optionsIssueUnknownEnvironment', [detail]);
    case 'badColor':
      return t('optionsIssueBadColor');
    case 'duplicateName':
      return t('optionsIssueDuplicateName', [detail]);
    case 'noGuardKinds':
      return t('optionsIssueNoGuardKinds');
    case 'definedByTeam':
      return t('optionsIssueDefinedByTeam', [detail]);
    case 'policy':
      return t('optionsIssuePolicy', [detail]);
    case 'policyWarning':
      return t('optionsIssuePolicyWarning', [detail]);
  }
}

export function teamUrlIssueText(check: TeamUrlInput): string {
  if (check.ok) return '';
  switch (check.code) {
    case 'required':
      return t('optionsTeamUrlRequired');
    case 'notHttps':
      return t('optionsTeamUrlNotHttps');
    case 'invalidUrl':
      return t('optionsTeamUrlInvalid');
  }
}

