/**
 * Kubernetes Engine > Clusters (`/kubernetes/list/overview?project=P`): the
 * project's clusters in a MatTable, each row with an actions menu (Edit
 * labels, Connect, Delete), Create and Refresh above, and the table's column
 * display options with Reset columns.
 */
import { Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { ClusterActions } from '../cluster-actions';
import { ClusterStore } from '../cluster-store';
import { ConsoleContext } from '../console-context';
import type { Cluster } from '../data';

const ALL_COLUMNS = ['status', 'name', 'location', 'mode', 'nodes', 'vcpus', 'memory', 'labels', 'actions'] as const;
type Column = (typeof ALL_COLUMNS)[number];
const DEFAULT_COLUMNS: readonly Column[] = ALL_COLUMNS;

@Component({
  selector: 'kubernetes-cluster-list',
  imports: [MatTableModule, MatButtonModule, MatIconModule, MatMenuModule, MatTabsModule, MatTooltipModule, RouterLink],
  template: `
    <div class="page-header">
      <h1>{{ t().clustersTitle }}</h1>
      <button mat-button color="primary" (click)="actions.create()"><mat-icon svgIcon="add" />{{ t().create }}</button>
      <button mat-button color="primary" (click)="refresh()"><mat-icon svgIcon="refresh" />{{ t().refresh }}</button>
    </div>
    <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" mat-align-tabs="start" class="page-tabs">
      <a mat-tab-link active>{{ t().tabs.overview }}</a>
      <a mat-tab-link disabled>{{ t().tabs.observability }}</a>
      <a mat-tab-link disabled>{{ t().tabs.cost }}</a>
    </nav>
    <mat-tab-nav-panel #panel>
      <div class="table-toolbar">
        <mat-icon svgIcon="filter_list" />
        <input class="table-filter" [placeholder]="t().filter" [attr.aria-label]="t().filter" [value]="filter()" (input)="filter.set($any($event.target).value)" />
        <button mat-icon-button [matMenuTriggerFor]="columnMenu" aria-label="Column display options" matTooltip="Column display options">
          <mat-icon svgIcon="view_column" />
        </button>
      </div>
      <mat-menu #columnMenu="matMenu">
        @for (column of hideable; track column) {
          <button mat-menu-item role="menuitemcheckbox" [attr.aria-checked]="columns().includes(column)" (click)="$event.stopPropagation(); toggle(column)">
            <mat-icon [svgIcon]="columns().includes(column) ? 'check' : 'blank'" />{{ t().columns[column] }}
          </button>
        }
        <button mat-menu-item (click)="resetColumns()">{{ t().resetColumnsButton }}</button>
      </mat-menu>

      @if (rows().length) {
        <table mat-table [dataSource]="rows()" class="clusters" [trackBy]="trackByName">
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ t().columns.status }}</th>
            <td mat-cell *matCellDef="let c">
              @if (c.status === 'running') {
                <mat-icon class="ok" svgIcon="check_circle" aria-label="Running" />
              } @else {
                <mat-icon class="pending" svgIcon="schedule" aria-label="Provisioning" />
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ t().columns.name }}</th>
            <td mat-cell *matCellDef="let c">
              <a [routerLink]="['/kubernetes/clusters/details', c.location, c.name, 'details']" queryParamsHandling="preserve">{{ c.name }}</a>
            </td>
          </ng-container>
          <ng-container matColumnDef="location">
            <th mat-header-cell *matHeaderCellDef>{{ t().columns.location }}</th>
            <td mat-cell *matCellDef="let c">{{ c.location }}</td>
          </ng-container>
          <ng-container matColumnDef="mode">
            <th mat-header-cell *matHeaderCellDef>{{ t().columns.mode }}</th>
            <td mat-cell *matCellDef="let c">{{ c.mode }}</td>
          </ng-container>
          <ng-container matColumnDef="nodes">
            <th mat-header-cell *matHeaderCellDef>{{ t().columns.nodes }}</th>
            <td mat-cell *matCellDef="let c">{{ c.nodes }}</td>
          </ng-container>
          <ng-container matColumnDef="vcpus">
            <th mat-header-cell *matHeaderCellDef>{{ t().columns.vcpus }}</th>
            <td mat-cell *matCellDef="let c">{{ c.vcpus }}</td>
          </ng-container>
          <ng-container matColumnDef="memory">
            <th mat-header-cell *matHeaderCellDef>{{ t().columns.memory }}</th>
            <td mat-cell *matCellDef="let c">{{ c.memoryGb }} GB</td>
          </ng-container>
          <ng-container matColumnDef="labels">
            <th mat-header-cell *matHeaderCellDef>{{ t().columns.labels }}</th>
            <td mat-cell *matCellDef="let c">
              @for (label of labelsOf(c); track label) {
                <span class="chip">{{ label }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef><span class="cdk-visually-hidden">{{ t().columns.actions }}</span></th>
            <td mat-cell *matCellDef="let c">
              <button mat-icon-button [matMenuTriggerFor]="rowMenu" [matMenuTriggerData]="{ cluster: c }" [attr.aria-label]="t().rowActions(c.name)">
                <mat-icon svgIcon="more_vert" />
              </button>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns()"></tr>
          <tr mat-row *matRowDef="let row; columns: columns()"></tr>
        </table>
      } @else {
        <p class="empty">No clusters in this project match.</p>
      }

      <mat-menu #rowMenu="matMenu" xPosition="before">
        <ng-template matMenuContent let-cluster="cluster">
          <button mat-menu-item (click)="actions.editLabels(cluster)"><mat-icon svgIcon="label" />{{ t().editLabels }}</button>
          <button mat-menu-item (click)="connect(cluster)"><mat-icon svgIcon="terminal" />{{ t().connect }}</button>
          <button mat-menu-item (click)="actions.delete(cluster)"><mat-icon svgIcon="delete" />{{ t().delete }}</button>
        </ng-template>
      </mat-menu>
    </mat-tab-nav-panel>
  `,
})
export class ClusterListPage {
  protected readonly actions = inject(ClusterActions);
  private readonly store = inject(ClusterStore);
  private readonly context = inject(ConsoleContext);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly t = this.context.t;
  protected readonly hideable = ALL_COLUMNS.filter((c) => c !== 'name' && c !== 'actions');
  protected readonly columns = signal<Column[]>([...DEFAULT_COLUMNS]);
  protected readonly filter = signal('');
  protected readonly rows = computed(() => {
    const words = this.filter().trim().toLowerCase();
    return this.store.list(this.context.projectId()).filter((c) => !words || JSON.stringify(c).toLowerCase().includes(words));
  });
  protected readonly trackByName = (_: number, c: Cluster) => `${c.location}/${c.name}`;

  protected labelsOf(c: Cluster): string[] {
    return Object.entries(c.labels).map(([key, value]) => `${key}: ${value}`);
  }

  protected toggle(column: Column): void {
    this.columns.update((shown) => (shown.includes(column) ? shown.filter((c) => c !== column) : ALL_COLUMNS.filter((c) => c === column || shown.includes(c))));
  }

  protected async resetColumns(): Promise<void> {
    if (await this.actions.resetColumns()) this.columns.set([...DEFAULT_COLUMNS]);
  }

  protected refresh(): void {
    this.snackBar.open('Cluster list refreshed', undefined, { duration: 2_000 });
  }

  protected connect(c: Cluster): void {
    this.snackBar.open(`gcloud container clusters get-credentials ${c.name} --location ${c.location} --project ${this.context.projectId()}`, 'Dismiss', { duration: 8_000 });
  }
}
