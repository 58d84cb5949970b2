/**
 * Headlamp's namespaces page (`@mui/material`, Headlamp's toolkit): its
 * ConfirmDialog as the delete button opens it ("Delete item", "Are you sure
 * you want to delete item <name>?", No / Yes, both primary, as
 * headlamp-k8s/headlamp frontend/src/components/common/ConfirmDialog.tsx and
 * Resource/DeleteButton.tsx render it), then the same dialog with the
 * confirm as MUI renders a Button with `component="div"` (`<div
 * role=button>`) and `component="a"` without href (`<a role=button>`); and
 * two harmless dialogs (scale a deployment; restart, confirmed by "OK").
 */
import type { Root } from 'react-dom/client';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CONFIRM_MARK, RESOURCE } from '../../../scripts/lib/site-ui-cases';
import { useDialog } from './use-dialog';

const mark = { [CONFIRM_MARK]: '' };

interface Props {
  name: string;
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  component?: 'div' | 'a';
  field?: boolean;
}

function ConfirmDialog({ name, title, text, confirm, cancel, component, field }: Props) {
  const d = useDialog(name);
  const shape = component ? { component } : {};
  return (
    <>
      <Button onClick={d.show}>{title}</Button>
      <Dialog open={d.open} onClose={d.cancel} aria-labelledby="alert-dialog-title" aria-describedby="alert-dialog-description">
        <DialogTitle id="alert-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <DialogContentText id="alert-dialog-description" component="div">
            {text}
          </DialogContentText>
          {field && <TextField label="Replicas" type="number" defaultValue={3} margin="dense" />}
        </DialogContent>
        <DialogActions>
          <Button onClick={d.cancel} color="primary">
            {cancel}
          </Button>
          <Button {...mark} {...shape} onClick={d.confirm} color="primary">
            {confirm}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

const deleteItem = { title: 'Delete item', text: `Are you sure you want to delete item ${RESOURCE.namespace}?`, confirm: 'Yes', cancel: 'No' };

function Case({ name }: { name: string }) {
  if (name === 'delete-item') return <ConfirmDialog name={name} {...deleteItem} />;
  if (name === 'delete-item-div') return <ConfirmDialog name={name} {...deleteItem} confirm="Delete" cancel="Cancel" component="div" />;
  if (name === 'delete-item-anchor') return <ConfirmDialog name={name} {...deleteItem} component="a" />;
  if (name === 'scale') return <ConfirmDialog name={name} title="Scale Deployment" text={`Desired number of replicas for ${RESOURCE.namespace}-api.`} confirm="Apply" cancel="Cancel" field />;
  if (name === 'restart-ok') return <ConfirmDialog name={name} title="Restart" text={`Restart the pods of ${RESOURCE.namespace}-api one by one?`} confirm="OK" cancel="Cancel" component="div" />;
  return null;
}

export function render(root: Root, dialog: string): void {
  root.render(
    <main>
      <Typography variant="h4" component="h1">
        Namespaces
      </Typography>
      <Case key={dialog} name={dialog} />
    </main>,
  );
}
