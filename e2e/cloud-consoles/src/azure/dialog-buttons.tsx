/**
 * The actions of a portal blade's Fluent dialog: the primary action, then
 * Cancel. `id` prefixes the buttons' test ids (`<id>-confirm`, `<id>-cancel`).
 */
import { Button, DialogActions } from '@fluentui/react-components';

export function DialogButtons(props: { id: string; confirm: string; cancel: string; disabled?: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <DialogActions>
      <Button data-testid={`${props.id}-confirm`} appearance="primary" disabled={props.disabled} onClick={props.onConfirm}>
        {props.confirm}
      </Button>
      <Button data-testid={`${props.id}-cancel`} onClick={props.onCancel}>
        {props.cancel}
      </Button>
    </DialogActions>
  );
}
