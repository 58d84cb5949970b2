/** What the cluster list and a cluster's page do with their dialogs: open them, and act on the answer. */
import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { ClusterStore } from './cluster-store';
import { ConsoleContext } from './console-context';
import type { Cluster } from './data';
import { DeleteClusterDialog, type DeleteClusterData } from './dialogs/delete-cluster';
import { CreateClusterDialog, EditLabelsDialog, ResetColumnsDialog, type NewCluster } from './dialogs/harmless';

@Injectable({ providedIn: 'root' })
export class ClusterActions {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly store = inject(ClusterStore);
  private readonly context = inject(ConsoleContext);

  /** Asks for the cluster's name; deletes it and offers Undo. Resolves to whether it was deleted. */
  async delete(cluster: Cluster): Promise<boolean> {
    const project = this.context.projectId();
    const t = this.context.t();
    const ref = this.dialog.open<DeleteClusterDialog, DeleteClusterData, boolean>(DeleteClusterDialog, { data: { cluster, t }, width: '520px' });
    if (!project || !(await firstValueFrom(ref.afterClosed()))) return false;
    const undo = this.store.remove(project, cluster.name);
    this.snackBar.open(t.deleted(cluster.name), t.undo, { duration: 10_000 }).onAction().subscribe(undo);
    return true;
  }

  async create(): Promise<void> {
    const project = this.context.projectId();
    const taken = new Set(this.store.list(project).map((c) => c.name));
    let n = 1;
    while (taken.has(`cluster-${n}`)) n++;
    const ref = this.dialog.open<CreateClusterDialog, { suggestedName: string }, NewCluster>(CreateClusterDialog, { data: { suggestedName: `cluster-${n}` }, width: '560px' });
    const created = await firstValueFrom(ref.afterClosed());
    if (!project || !created) return;
    this.store.add(project, { ...created, nodes: 3, vcpus: 12, memoryGb: 48, version: '1.33.5-gke.1201000', labels: {}, status: 'provisioning' });
    setTimeout(() => this.store.patch(project, created.name, { status: 'running' }), 4_000);
  }

  async editLabels(cluster: Cluster): Promise<void> {
    const project = this.context.projectId();
    const ref = this.dialog.open<EditLabelsDialog, { cluster: Cluster }, Record<string, string>>(EditLabelsDialog, { data: { cluster }, width: '560px' });
    const labels = await firstValueFrom(ref.afterClosed());
    if (project && labels) this.store.patch(project, cluster.name, { labels });
  }

  /** Resolves to whether the person chose Reset. */
  async resetColumns(): Promise<boolean> {
    const ref = this.dialog.open<ResetColumnsDialog, void, boolean>(ResetColumnsDialog, { width: '440px' });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
