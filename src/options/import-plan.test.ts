import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, type Policy } from '../core/policy/types';
import { planImport } from './import-plan';

const current: Policy = {
  ...EMPTY_POLICY,
  environments: [{ name: 'lab', label: 'LAB', color: '#9334e6', typedConfirmation: false }],
  rules: [
    { kind: 'glob', pattern: '*-shared', environment: 'production' },
    { kind: 'exact', pattern: 'acme-lab', environment: 'lab' },
    { kind: 'exact', pattern: 'acme-old', environment: 'staging' },
  ],
  unmatched: 'lab',
};
const file: Policy = {
  ...EMPTY_POLICY,
  environments: [{ name: 'LAB', label: 'LAB', color: '#000000', typedConfirmation: true }, { name: 'pci', label: 'PCI', color: '#8c1d18', typedConfirmation: true }],
  rules: [
    { kind: 'exact', pattern: 'ACME-LAB', environment: 'pci', note: 'moved to PCI' },
    { kind: 'glob', pattern: '*-shared', environment: 'production' },
    { kind: 'glob', pattern: 'acme-pay-*', environment: 'pci' },
    { kind: 'glob', pattern: 'acme-pay-*', environment: 'pci', console: 'aws' },
  ],
};

describe('planImport', () => {
  it('merge: changed rules in place, new ones after, nothing of the editor removed, other settings kept', () => {
    const plan = planImport(current, file, 'merge');
    expect(plan.result.rules).toEqual([
      { kind: 'glob', pattern: '*-shared', environment: 'production' },
      { kind: 'exact', pattern: 'ACME-LAB', environment: 'pci', note: 'moved to PCI' },
      { kind: 'exact', pattern: 'acme-old', environment: 'staging' },
      { kind: 'glob', pattern: 'acme-pay-*', environment: 'pci' },
      { kind: 'glob', pattern: 'acme-pay-*', environment: 'pci', console: 'aws' },
    ]);
    expect(plan.rules.added.map((rule) => rule.pattern)).toEqual(['acme-pay-*', 'acme-pay-*']);
    expect(plan.rules.changed).toEqual([{ before: current.rules[1], after: file.rules[0] }]);
    expect(plan.rules.removed).toEqual([]);
    expect(plan.environments.changed.map((change) => change.after.color)).toEqual(['#000000']);
    expect(plan.environments.added.map((environment) => environment.name)).toEqual(['pci']);
    expect(plan.result.unmatched).toBe('lab');
  });

  it('replace: the editor becomes the file, and says what goes', () => {
    const plan = planImport(current, file, 'replace');
    expect(plan.result).toEqual(file);
    expect(plan.rules.removed).toEqual([current.rules[2]]);
    expect(plan.rules.changed).toHaveLength(1);
    expect(plan.rules.added).toHaveLength(2);
    expect(plan.environments).toMatchObject({ added: [{ name: 'pci' }], removed: [] });
  });

  it('importing the same file twice changes nothing the second time', () => {
    const once = planImport(current, file, 'merge').result;
    expect(planImport(once, file, 'merge').rules).toEqual({ added: [], changed: [], removed: [] });
    expect(planImport(once, file, 'merge').result).toEqual(once);
  });

  it('does not touch its inputs', () => {
    const before = structuredClone(current);
    planImport(current, file, 'merge').result.rules.push({ kind: 'exact', pattern: 'x', environment: 'production' });
    expect(current).toEqual(before);
  });
});
