/**
 * The footer every AWS console confirmation modal has: a link-style Cancel
 * and a primary action, right-aligned, as Cloudscape's own modal examples
 * lay it out. `id` prefixes the buttons' test ids (`<id>-cancel`, `<id>-confirm`).
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';

export function ModalFooter(props: { id: string; cancel: string; confirm: string; disabled?: boolean; onCancel: () => void; onConfirm: () => void }) {
  return (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        <Button data-testid={`${props.id}-cancel`} variant="link" onClick={props.onCancel}>
          {props.cancel}
        </Button>
        <Button data-testid={`${props.id}-confirm`} variant="primary" disabled={props.disabled} onClick={props.onConfirm}>
          {props.confirm}
        </Button>
      </SpaceBetween>
    </Box>
  );
}
