/**
 * A cluster's page (`/kubernetes/clusters/details/{location}/{name}/details?project=P`):
 * its basics, Edit labels and Delete in the header. Deleting returns to the list.
 */
import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ClusterActions } from '../cluster-actions';
import { ClusterStore } from '../cluster-store';
import { ConsoleContext } from '../console-context';
import type { Cluster } from '../data';

@Component({
  selector: 'kubernetes-cluster-details',
  imports: [MatButtonModule, MatIconModule, MatTabsModule, RouterLink],
  template: `
    <div class="page-header">
      <a mat-icon-button routerLink="/kubernetes/list/overview" queryParamsHandling="preserve" aria-label="Back to clusters"><mat-icon svgIcon="arrow_back" /></a>
      <h1>{{ name() }}</h1>
      @if (cluster(); as c) {
        <button mat-button color="primary" (click)="actions.editLabels(c)"><mat-icon svgIcon="edit" />{{ t().editLabels }}</button>
        <button mat-button color="primary" (click)="remove(c)"><mat-icon svgIcon="delete" />{{ t().delete }}</button>
      }
    </div>
    @if (cluster(); as c) {
      <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" mat-align-tabs="start" class="page-tabs">
        <a mat-tab-link active>Details</a>
        <a mat-tab-link disabled>Nodes</a>
        <a mat-tab-link disabled>Storage</a>
        <a mat-tab-link disabled>Observability</a>
        <a mat-tab-link disabled>Logs</a>
      </nav>
      <mat-tab-nav-panel #panel>
        <h2 class="section">Cluster basics</h2>
        <dl class="basics">
          <dt>Name</dt><dd>{{ c.name }}</dd>
          <dt>Location</dt><dd>{{ c.location }}</dd>
          <dt>Mode</dt><dd>{{ c.mode }}</dd>
          <dt>Version</dt><dd>{{ c.version }}</dd>
          <dt>Nodes</dt><dd>{{ c.nodes }} ({{ c.vcpus }} vCPUs, {{ c.memoryGb }} GB)</dd>
          <dt>Labels</dt><dd>{{ labels(c) || 'None' }}</dd>
        </dl>
      </mat-tab-nav-panel>
    } @else {
      <p class="empty">The cluster {{ name() }} ({{ location() }}) does not exist in this project.</p>
    }
  `,
})
export class ClusterDetailsPage {
  /**
   * The route's path parameters. Read from ActivatedRoute rather than bound to
   * signal inputs: `input()` needs the ahead-of-time compiler (or the CLI's JIT
   * transform) to be seen, and this app is compiled just in time as it is.
   */
  private readonly params = toSignal(inject(ActivatedRoute).paramMap, { requireSync: true });
  protected readonly location = computed(() => this.params().get('location') ?? '');
  protected readonly name = computed(() => this.params().get('name') ?? '');
  protected readonly actions = inject(ClusterActions);
  private readonly store = inject(ClusterStore);
  private readonly context = inject(ConsoleContext);
  private readonly router = inject(Router);
  protected readonly t = this.context.t;
  protected readonly cluster = computed(() => this.store.find(this.context.projectId(), this.name(), this.location()));

  protected labels(c: Cluster): string {
    return Object.entries(c.labels)
      .map(([key, value]) => `${key}: ${value}`)
      .join(', ');
  }

  protected async remove(c: Cluster): Promise<void> {
    if (await this.actions.delete(c)) await this.router.navigate(['/kubernetes/list/overview'], { queryParamsHandling: 'preserve' });
  }
}
