import { describe, expect, it } from 'vitest';
import { CONSOLE_HOSTS, isConsoleHost, parseConsoleUrl } from './console-url';

const C = 'https://console.cloud.google.com';

describe('parseConsoleUrl: project pages', () => {
  it('reads a GKE cluster details URL with the console noise around the project', () => {
    const href =
      `${C}/kubernetes/clusters/details/us-central1/prod-cluster/details` +
      '?project=acme-prod-1&authuser=1&hl=ja&supportedpurview=project&pageState=(%22foo%22:(%22bar%22:1))';
    expect(parseConsoleUrl(href)).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: 'kubernetes',
    });
  });

  it('does not take the cluster name in the path for the project', () => {
    const href = `${C}/kubernetes/clusters/details/us-central1/prod-cluster/details?project=acme-dev-1`;
    expect(parseConsoleUrl(href)?.project).toBe('acme-dev-1');
  });

  it('reads the GKE overview list as a kubernetes page with no resource', () => {
    expect(parseConsoleUrl(`${C}/kubernetes/list/overview?project=acme-stg`)).toEqual({
      project: 'acme-stg',
      scope: 'project',
      product: 'kubernetes',
    });
  });

  it('recognises a GKE node pool', () => {
    expect(parseConsoleUrl(`${C}/kubernetes/nodepool/europe-west1-b/prod-cluster/default-pool?project=acme-prod-1`)).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: 'kubernetes',
    });
  });

  it('reads a GKE workload page', () => {
    const href = `${C}/kubernetes/deployment/us-central1/prod-cluster/default/web/overview?project=acme-prod-1`;
    expect(parseConsoleUrl(href)).toEqual({ project: 'acme-prod-1', scope: 'project', product: 'kubernetes' });
  });

  it('recognises a Compute Engine VM', () => {
    expect(parseConsoleUrl(`${C}/compute/instancesDetail/zones/us-east1-b/instances/web-1?project=acme-prod-1`)).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: 'compute',
    });
  });

  it('recognises a Cloud SQL instance', () => {
    expect(parseConsoleUrl(`${C}/sql/instances/orders-db/overview?project=acme-prod-1`)).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: 'sql',
    });
  });

  it('reads the console for workforce identity federation users (console.cloud.google, no .com)', () => {
    expect(parseConsoleUrl('https://console.cloud.google/kubernetes/list/overview?project=acme-prod-1&authuser=1')).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: 'kubernetes',
    });
    expect(parseConsoleUrl('https://console.cloud.google.evil.example/x?project=acme-prod-1')).toBeNull();
  });

  it('tells the storage browser from a bucket', () => {
    expect(parseConsoleUrl(`${C}/storage/browser?project=acme-prod-1`)).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: 'storage',
    });
    expect(parseConsoleUrl(`${C}/storage/browser/acme-prod-assets?project=acme-prod-1`)).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: 'storage',
    });
  });

  it('has no product on the root page', () => {
    expect(parseConsoleUrl(`${C}/?project=acme-prod-1`)).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: null,
    });
  });

  it('accepts the old console.developers.google.com host', () => {
    expect(parseConsoleUrl('https://console.developers.google.com/apis/dashboard?project=acme-prod-1')).toEqual({
      project: 'acme-prod-1',
      scope: 'project',
      product: 'apis',
    });
  });

  it('accepts an upper-case host and an explicit :443 port', () => {
    expect(parseConsoleUrl('HTTPS://CONSOLE.CLOUD.GOOGLE.COM/home/dashboard?project=acme-prod-1')?.project).toBe('acme-prod-1');
    expect(parseConsoleUrl('https://console.cloud.google.com:443/home/dashboard?project=acme-prod-1')?.project).toBe('acme-prod-1');
  });

  it('decodes percent-encoded characters in the project', () => {
    expect(parseConsoleUrl(`${C}/home/dashboard?project=acme%2Dprod%2D1`)?.project).toBe('acme-prod-1');
    expect(parseConsoleUrl(`${C}/home/dashboard?project=%20acme-prod-1%20`)?.project).toBe('acme-prod-1');
  });

  it('lowercases an upper-case project', () => {
    expect(parseConsoleUrl(`${C}/home/dashboard?project=ACME-Prod-1`)).toMatchObject({ project: 'acme-prod-1', scope: 'project' });
  });

  it('accepts legacy domain-scoped project IDs, plain or encoded', () => {
    expect(parseConsoleUrl(`${C}/home/dashboard?project=google.com:my-project`)).toMatchObject({
      project: 'google.com:my-project',
      scope: 'project',
    });
    expect(parseConsoleUrl(`${C}/home/dashboard?project=google.com%3Amy-project`)?.project).toBe('google.com:my-project');
  });

  it('uses the first project parameter when there are several', () => {
    expect(parseConsoleUrl(`${C}/home/dashboard?project=acme-prod-1&project=acme-dev-1`)?.project).toBe('acme-prod-1');
  });

  it('only reads the project from the query, not from the path or the fragment', () => {
    expect(parseConsoleUrl(`${C}/home/dashboard#project=acme-prod-1`)).toMatchObject({ project: null, scope: 'none' });
    expect(parseConsoleUrl(`${C}/project/acme-prod-1/dashboard`)).toMatchObject({ project: null, scope: 'none' });
  });
});

describe('parseConsoleUrl: pages that belong to no project', () => {
  it('reads the project picker as no project', () => {
    expect(parseConsoleUrl(`${C}/projectselector2/home/dashboard`)).toEqual({
      project: null,
      scope: 'none',
      product: 'projectselector2',
    });
  });

  it('ignores the project a project picker carries', () => {
    expect(parseConsoleUrl(`${C}/projectselector/kubernetes?project=x`)).toEqual({
      project: null,
      scope: 'none',
      product: 'projectselector',
    });
    expect(parseConsoleUrl(`${C}/projectselector2/kubernetes?project=acme-prod-1&supportedpurview=project`)?.project).toBeNull();
  });

  it('reads organization scope', () => {
    expect(parseConsoleUrl(`${C}/cloud-resource-manager?organizationId=0&supportedpurview=project`)).toEqual({
      project: null,
      scope: 'organization',
      product: 'cloud-resource-manager',
    });
  });

  it('reads folder scope', () => {
    expect(parseConsoleUrl(`${C}/iam-admin/iam?folder=123&supportedpurview=project`)).toEqual({
      project: null,
      scope: 'folder',
      product: 'iam-admin',
    });
  });

  it('prefers a valid project over organization or folder parameters', () => {
    expect(parseConsoleUrl(`${C}/iam-admin/iam?organizationId=42&project=acme-prod-1`)).toMatchObject({
      project: 'acme-prod-1',
      scope: 'project',
    });
  });

  it('treats an empty project as no project', () => {
    expect(parseConsoleUrl(`${C}/home/dashboard?project=`)).toEqual({ project: null, scope: 'none', product: 'home' });
    expect(parseConsoleUrl(`${C}/home/dashboard?project=%20%20`)).toMatchObject({ project: null, scope: 'none' });
    expect(parseConsoleUrl(`${C}/cloud-resource-manager?project=&organizationId=7`)).toMatchObject({ project: null, scope: 'organization' });
  });

  it('drops the resource kind when there is no project', () => {
    expect(parseConsoleUrl(`${C}/kubernetes/clusters/details/us-central1/prod-cluster/details`)).toEqual({
      project: null,
      scope: 'none',
      product: 'kubernetes',
    });
  });

  it.each(['acme prod', 'acme/prod', '<script>', '1acme-prod', '-acme', 'acme_prod', 'a'.repeat(64)])(
    'rejects the malformed project %j',
    (value) => {
      const href = `${C}/home/dashboard?project=${encodeURIComponent(value)}`;
      expect(parseConsoleUrl(href)).toMatchObject({ project: null, scope: 'none' });
    },
  );
});

describe('parseConsoleUrl: not the console', () => {
  it.each([
    'http://console.cloud.google.com/home/dashboard?project=acme-prod-1',
    'ftp://console.cloud.google.com/home/dashboard?project=acme-prod-1',
    'https://cloud.google.com/kubernetes-engine?project=acme-prod-1',
    'https://console.cloud.google.com.evil.example/home/dashboard?project=acme-prod-1',
    'https://evil.example/https://console.cloud.google.com/?project=acme-prod-1',
    'https://evil.example/?next=https://console.cloud.google.com/&project=acme-prod-1',
    'https://notconsole.cloud.google.com/home/dashboard?project=acme-prod-1',
    'https://console.aws.amazon.com/ec2/home?project=acme-prod-1',
    'file:///console.cloud.google.com/home?project=acme-prod-1',
  ])('returns null for %s', (href) => {
    expect(parseConsoleUrl(href)).toBeNull();
  });

  it.each(['', '   ', 'not a url', 'console.cloud.google.com/home?project=acme-prod-1', '//console.cloud.google.com/?project=x', 'https://', 'javascript:alert(1)', 'https://[::1', '%'])(
    'returns null for the garbage %j without throwing',
    (href) => {
      expect(parseConsoleUrl(href)).toBeNull();
    },
  );
});

describe('isConsoleHost', () => {
  it('knows every console host, in any case', () => {
    expect(CONSOLE_HOSTS).toEqual(['console.cloud.google.com', 'console.cloud.google', 'console.developers.google.com']);
    for (const host of CONSOLE_HOSTS) {
      expect(isConsoleHost(host)).toBe(true);
      expect(isConsoleHost(host.toUpperCase())).toBe(true);
    }
  });

  it('rejects look-alikes', () => {
    for (const host of ['cloud.google.com', 'console.cloud.google.com.evil.example', 'xconsole.cloud.google.com', '', 'google.com']) {
      expect(isConsoleHost(host)).toBe(false);
    }
  });
});

describe('bounded project IDs', () => {
  it('ignores absurdly long project parameters rather than matching rules against them', () => {
    const long = `${'a'.repeat(2000)}:acme-prod`;
    expect(parseConsoleUrl(`https://console.cloud.google.com/home?project=${long}`)?.project).toBeNull();
    expect(parseConsoleUrl(`https://console.cloud.google.com/home?project=${'a'.repeat(64)}`)?.project).toBeNull();
    expect(parseConsoleUrl('https://console.cloud.google.com/home?project=example.com:acme-prod')?.project).toBe('example.com:acme-prod');
  });
});
