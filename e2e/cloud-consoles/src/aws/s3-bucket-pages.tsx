/**
 * S3's bucket pages that are themselves the confirmation, at the console's
 * routes (`/s3/bucket/<name>/delete`, `/s3/bucket/<name>/empty`): full pages,
 * not modals, each with a type-to-confirm field (the bucket's name in
 * `.delete-bucket-actions__input` with the name as placeholder; "permanently
 * delete" to empty) and a Delete bucket / Empty button. Their harmless
 * look-alike: Edit bucket policy (`…/property/policy/edit`, Save changes,
 * a "Search" field). Cloudscape's components; the wording modelled on the
 * console's (design.md "AWS friction words").
 */
import { useEffect, useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { cancelled, confirmed } from '../record';

type Kind = 'delete' | 'empty' | 'policy';

const PAGES = {
  delete: { title: 'Delete bucket', action: 'Delete bucket', word: null, id: 's3-delete-bucket' },
  empty: { title: 'Empty bucket', action: 'Empty', word: 'permanently delete', id: 's3-empty-bucket' },
  policy: { title: 'Edit bucket policy', action: 'Save changes', word: null, id: 's3-edit-bucket-policy' },
} as const;

/** `/s3/bucket/<name>/delete` → the bucket and the page; null for another S3 route. */
export function s3BucketPage(path: string): { bucket: string; kind: Kind } | null {
  const match = /^\/s3\/bucket\/([^/]+)\/(delete|empty|property\/policy\/edit)\/?$/.exec(path);
  if (!match) return null;
  return { bucket: decodeURIComponent(match[1]!), kind: match[2] === 'delete' || match[2] === 'empty' ? match[2] : 'policy' };
}

export function S3BucketPage({ bucket, kind }: { bucket: string; kind: Kind }) {
  const page = PAGES[kind];
  const [typed, setTyped] = useState('');
  const [policy, setPolicy] = useState('{\n  "Version": "2012-10-17",\n  "Statement": []\n}');
  const [search, setSearch] = useState('');
  useEffect(() => {
    document.title = `${page.title} - S3 bucket ${bucket} - S3`;
  }, [page, bucket]);
  const wanted = kind === 'delete' ? bucket : page.word;
  const ready = wanted === null || typed === wanted;

  return (
    <form data-testid={`${kind}-bucket-page`} onSubmit={(event) => event.preventDefault()}>
      <Form
        header={<Header variant="h1">{page.title}</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" data-testid={`${kind}-bucket-cancel`} onClick={() => cancelled()}>
              Cancel
            </Button>
            <Button variant="primary" data-testid={`${kind}-bucket-confirm`} disabled={!ready} onClick={() => ready && confirmed(page.id, 'click')}>
              {page.action}
            </Button>
          </SpaceBetween>
        }
      >
        <Container header={<Header variant="h2">{kind === 'policy' ? 'Policy' : `${page.title} "${bucket}"?`}</Header>}>
          <SpaceBetween size="m">
            {kind === 'delete' && (
              <>
                <Alert type="warning">Deleting a bucket cannot be undone. Bucket names are unique: another AWS account could create a bucket with the same name.</Alert>
                <FormField label="To confirm deletion, enter the name of the bucket in the text input field.">
                  <Input className="delete-bucket-actions__input" data-testid="delete-bucket-name" placeholder={bucket} value={typed} onChange={({ detail }) => setTyped(detail.value)} />
                </FormField>
              </>
            )}
            {kind === 'empty' && (
              <>
                <Alert type="error">Emptying the bucket deletes all objects in the bucket and cannot be undone.</Alert>
                <FormField label="To confirm deletion, type permanently delete in the text input field.">
                  <Input data-testid="empty-bucket-word" placeholder="permanently delete" value={typed} onChange={({ detail }) => setTyped(detail.value)} />
                </FormField>
              </>
            )}
            {kind === 'policy' && (
              <>
                <FormField label="Policy examples">
                  <Input type="search" data-testid="policy-search" placeholder="Search" value={search} onChange={({ detail }) => setSearch(detail.value)} />
                </FormField>
                <FormField label="Policy">
                  <Textarea value={policy} rows={6} onChange={({ detail }) => setPolicy(detail.value)} />
                </FormField>
              </>
            )}
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
