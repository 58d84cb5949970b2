/**
 * AWS Extend Switch Roles' configuration (tilfinltd/aws-extend-switch-roles,
 * its README and its ~/.aws/config-like parser): sections `[profile name]` or
 * `[name]`, `key = value` lines, comments from `;` or `#` to the end of a line.
 * A profile names its account by `aws_account_id` (12 digits, or the account
 * alias for a base account) or by `role_arn` (`arn:aws:iam::<account>:role/<name>`,
 * which AESR prefers when both are there); `color` is hex without `#`. Other
 * keys (`role_name`, `source_profile`, `region`, `image`, `target_role_name`...)
 * say nothing about the account and are ignored. Pure: every line that cannot
 * be used is reported with its number; the rest is still read.
 */
import { canonicalAccountId, isAccountAlias } from '../../../consoles/aws/scope';
import { SECTION_LINE, stripComment } from './detect';
import { textLines, type LineProblem } from './line-problem';

export interface AesrProfile {
  /** The section name without `profile `. */
  name: string;
  /** Line of its `[section]`. */
  line: number;
  /** 12 digits, or an account alias (base accounts may be named by alias). */
  account: string;
  /** `#rrggbb`, when the profile sets a valid `color`. */
  color?: string;
}

export interface AesrParse {
  profiles: AesrProfile[];
  problems: LineProblem[];
}

const ROLE_ARN = /^arn:aws[a-z-]*:(?:iam|sts)::([^:]*):/;
const HEX_COLOR = /^[0-9a-f]{6}$/i;

interface Section {
  name: string;
  line: number;
  /** Each key's value and line; the first setting of a key is kept, as AESR refuses a second. */
  values: Map<string, { value: string; line: number }>;
}

/** The account a value names, or why it names none. */
function readAccount(value: string, key: string): { account: string } | { problem: string } {
  const id = canonicalAccountId(value);
  if (id) return { account: id };
  const digits = value.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) return { problem: `${key} "${value}" has ${digits.length} digits; an AWS account ID has 12` };
  if (isAccountAlias(value)) return { account: value };
  return { problem: `${key} "${value}" is neither an AWS account ID (12 digits) nor an account alias (lower-case letters, digits and hyphens, 3 to 63)` };
}

function readRoleArn(value: string): { account: string } | { problem: string } {
  const match = ROLE_ARN.exec(value);
  if (!match) return { problem: `role_arn "${value}" is not a role ARN like arn:aws:iam::123456789012:role/Name` };
  const id = canonicalAccountId(match[1]!);
  if (id) return { account: id };
  return { problem: `role_arn "${value}": the account "${match[1]}" has ${match[1]!.replace(/\D/g, '').length} digits; an AWS account ID has 12` };
}

function profileOf(section: Section, problems: LineProblem[]): AesrProfile | null {
  const arn = section.values.get('role_arn');
  const id = section.values.get('aws_account_id');
  const source = arn ?? id;
  if (!source) {
    problems.push({ line: section.line, message: `profile "${section.name}" has no aws_account_id or role_arn, so it names no account` });
    return null;
  }
  const read = arn ? readRoleArn(arn.value) : readAccount(source.value, 'aws_account_id');
  if ('problem' in read) {
    problems.push({ line: source.line, message: `${read.problem} (profile "${section.name}")` });
    return null;
  }
  const profile: AesrProfile = { name: section.name, line: section.line, account: read.account };
  const color = section.values.get('color');
  if (color) {
    if (HEX_COLOR.test(color.value)) profile.color = `#${color.value.toLowerCase()}`;
    else problems.push({ line: color.line, message: `color "${color.value}" is not a hex colour like ffaaee; the profile is imported without it` });
  }
  return profile;
}

export function parseAesrIni(text: string): AesrParse {
  const problems: LineProblem[] = [];
  const sections: Section[] = [];
  const seen = new Map<string, number>();
  let current: Section | null = null;
  // A section defined a second time is skipped, its lines with it: which of the two a person meant is theirs to say.
  let skipping = false;

  textLines(text).forEach((raw, index) => {
    const line = index + 1;
    const content = stripComment(raw);
    if (!content) return;
    const section = SECTION_LINE.exec(content);
    if (section) {
      const name = section[1]!.replace(/^profile\s+/i, '').trim();
      if (!name) {
        problems.push({ line, message: 'a section needs a name, like [profile name]' });
        current = null;
        skipping = true;
        return;
      }
      const first = seen.get(name);
      if (first !== undefined) {
        problems.push({ line, message: `profile "${name}" is defined again (first at line ${first}); this second definition is left out` });
        current = null;
        skipping = true;
        return;
      }
      seen.set(name, line);
      current = { name, line, values: new Map() };
      sections.push(current);
      skipping = false;
      return;
    }
    const equals = content.indexOf('=');
    if (equals < 0) {
      problems.push({ line, message: `expected [profile name] or key = value (found "${content}")` });
      return;
    }
    if (skipping) return;
    if (!current) {
      problems.push({ line, message: `"${content}" comes before any [profile name] section` });
      return;
    }
    const key = content.slice(0, equals).trim().toLowerCase();
    const value = content.slice(equals + 1).trim();
    const earlier = current.values.get(key);
    if (earlier) {
      problems.push({ line, message: `${key} is set again in profile "${current.name}" (first at line ${earlier.line}); the first is kept` });
      return;
    }
    current.values.set(key, { value, line });
  });

  const profiles = sections.flatMap((section) => profileOf(section, problems) ?? []);
  problems.sort((a, b) => a.line - b.line);
  return { profiles, problems };
}
