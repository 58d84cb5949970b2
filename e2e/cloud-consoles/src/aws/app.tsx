/** The AWS console: global styles, then the page the path names, inside the console's navigation (frames get no navigation). */
import type { Root } from 'react-dom/client';
import '@cloudscape-design/global-styles/index.css';
import type { FixtureOptions } from '../../../../scripts/lib/cloud-fixture-url';
import { ConsoleHome } from './console-home';
import { EC2_FRAME_PATH, Ec2Instances, Ec2InstancesFrame } from './ec2-instances';
import { EksClusters } from './eks-clusters';
import { LambdaFunctions } from './lambda-functions';
import { S3BucketPage, s3BucketPage } from './s3-bucket-pages';
import { AwsShell, CloudscapeLocale } from './shell';

/** The AWS console's favicon (the orange smile on squid ink), so the extension has a console icon to replace. */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='4' fill='%23232f3e'/%3E%3Cpath d='M7 20q9 5 18 0' stroke='%23f90' stroke-width='2.5' fill='none'/%3E%3C/svg%3E";

function page(path: string, options: FixtureOptions) {
  if (path.startsWith('/eks/')) return <EksClusters options={options} />;
  if (path.startsWith('/lambda/')) return <LambdaFunctions options={options} />;
  if (path.startsWith('/ec2/')) return <Ec2Instances options={options} />;
  const s3 = s3BucketPage(path);
  if (s3) return <S3BucketPage key={path} {...s3} />;
  return <ConsoleHome options={options} />;
}

export function renderAws(root: Root, options: FixtureOptions): void {
  if (location.pathname.startsWith(EC2_FRAME_PATH)) {
    root.render(
      <CloudscapeLocale lang={options.lang}>
        <Ec2InstancesFrame options={options} />
      </CloudscapeLocale>,
    );
    return;
  }
  const icon = document.createElement('link');
  icon.rel = 'icon';
  icon.href = FAVICON;
  document.head.append(icon);
  root.render(<AwsShell options={options}>{page(location.pathname, options)}</AwsShell>);
}
