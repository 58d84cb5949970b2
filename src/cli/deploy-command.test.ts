import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, runCli } from './cluster-guard';

const EXAMPLE = readFileSync(new URL('../../docs/examples/team-policy.json', import.meta.url), 'utf8');
const ID = 'enfljjncggdageoemneelmmjdidfhjna';
const INVALID = JSON.stringify({ version: 1, environments: [], rules: [{ match: 'x', kind: 'exact', environment: 'nowhere' }] });

function run(argv: string[], files: Record<string, string> = { 'policy.json': EXAMPLE }) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  let uuids = 0;
  const code = runCli(argv, {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    writeFile: (path, data) => void written.set(path, data),
    randomUuid: () => `00000000-0000-4000-8000-00000000000${++uuids}`,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr, written };
}

describe('cluster-guard deploy', () => {
  it('writes the four files under --out and says where each goes', () => {
    const result = run(['deploy', 'policy.json', '--extension-id', ID, '--firefox-install-url', 'https://intranet.example/cg.xpi', '--out', 'kit']);
    expect(result.code).toBe(EXIT_OK);
    expect([...result.written.keys()]).toEqual(['kit/chrome/linux/cluster-guard.json', 'kit/chrome/windows/cluster-guard.reg', 'kit/chrome/macos/cluster-guard.mobileconfig', 'kit/firefox/policies.json']);
    const linux = JSON.parse(result.written.get('kit/chrome/linux/cluster-guard.json') as string);
    expect(linux.ExtensionSettings[ID]).toEqual({ installation_mode: 'force_installed', update_url: 'https://clients2.google.com/service/update2/crx', toolbar_pin: 'force_pinned' });
    expect(linux['3rdparty'].extensions[ID].policy.rules).toHaveLength(5);
    const firefox = JSON.parse(result.written.get('kit/firefox/policies.json') as string);
    expect(firefox.policies.ExtensionSettings['cluster-guard@cluster-guard.dev']).toEqual({ installation_mode: 'force_installed', install_url: 'https://intranet.example/cg.xpi' });
    expect(result.written.get('kit/chrome/macos/cluster-guard.mobileconfig')).toContain('00000000-0000-4000-8000-000000000001');
    expect(result.stdout[0]).toBe('ok: 4 environments, 5 rules');
    expect(result.stdout.join('\n')).toContain('kit/chrome/linux/cluster-guard.json -> Google Chrome: /etc/opt/chrome/policies/managed/cluster-guard.json');
    expect(result.stderr).toEqual([]);
  });

  it('--update-url and --firefox-id are used as given', () => {
    const result = run(['deploy', 'policy.json', '--extension-id', ID, '--update-url', 'https://intranet.example/update.xml', '--firefox-id', '{01234567-89ab-cdef-0123-456789abcdef}', '--out', 'k']);
    expect(JSON.parse(result.written.get('k/chrome/linux/cluster-guard.json') as string).ExtensionSettings[ID].update_url).toBe('https://intranet.example/update.xml');
    expect(Object.keys(JSON.parse(result.written.get('k/firefox/policies.json') as string).policies['3rdparty'].Extensions)).toEqual(['{01234567-89ab-cdef-0123-456789abcdef}']);
    // Firefox needs an install URL unless the add-on is on addons.mozilla.org: said, not refused.
    expect(result.stderr).toEqual([expect.stringContaining('no --firefox-install-url')]);
  });

  it('an invalid policy is refused with the messages validate gives, and nothing is written', () => {
    const result = run(['deploy', 'bad.json', '--extension-id', ID, '--out', 'kit'], { 'bad.json': INVALID });
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.written.size).toBe(0);
    expect(result.stderr).toEqual(run(['validate', 'bad.json'], { 'bad.json': INVALID }).stderr);
    expect(result.stderr).toEqual([expect.stringMatching(/^bad\.json: rules\[0\]\.environment: unknown environment "nowhere"/)]);
  });

  it('bad arguments: exit 2, nothing written', () => {
    for (const argv of [
      ['deploy', 'policy.json', '--out', 'kit'],
      ['deploy', 'policy.json', '--extension-id', ID],
      ['deploy', 'policy.json', '--extension-id', 'not-an-id', '--out', 'kit'],
      ['deploy', 'policy.json', '--extension-id', ID, '--update-url', 'ftp://x', '--out', 'kit'],
      ['deploy', 'policy.json', '--extension-id', ID, '--firefox-id', 'nope', '--out', 'kit'],
    ]) {
      const result = run(argv);
      expect(result.code, argv.join(' ')).toBe(EXIT_USAGE);
      expect(result.written.size).toBe(0);
      expect(result.stderr).toHaveLength(1);
    }
  });
});
