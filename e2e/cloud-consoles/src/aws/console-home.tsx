/** Console Home: no dialog, only the navigation and links to the service pages (for host and scope checks). */
import { useEffect } from 'react';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { FixtureOptions, Lang } from '../../../../scripts/lib/cloud-fixture-url';

const WORDS = {
  en: { title: 'Console Home', recent: 'Recently visited' },
  ja: { title: 'コンソールのホーム', recent: '最近アクセスしたサービス' },
  de: { title: 'Konsolen-Startseite', recent: 'Zuletzt besucht' },
} satisfies Record<Lang, unknown>;

export function ConsoleHome({ options }: { options: FixtureOptions }) {
  const w = WORDS[options.lang];
  useEffect(() => {
    document.title = w.title;
  }, [w]);
  return (
    <Container header={<Header variant="h2">{w.recent}</Header>}>
      <SpaceBetween size="xs">
        <Link href="/eks/home#/clusters">Elastic Kubernetes Service</Link>
        <Link href="/lambda/home#/functions">Lambda</Link>
        <Link href="/ec2/home#Instances:">EC2</Link>
      </SpaceBetween>
    </Container>
  );
}
