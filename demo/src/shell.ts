/**
 * The console's frame around every page: the top bar (`#ocb-platform-bar`,
 * with the project switcher showing the project's NAME), the product's left
 * navigation, and the page. `/` focuses the search box, as in the console.
 */
import { Component, ElementRef, ViewChild, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ConsoleContext } from './console-context';
import { ProjectPickerDialog } from './dialogs/project-picker';

@Component({
  selector: 'cfc-console-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatButtonModule, MatIconModule, MatListModule, MatTooltipModule],
  host: { '(document:keydown)': 'onKey($event)' },
  template: `
    <div id="ocb-platform-bar">
      <div role="banner" class="cfc-platform-bar-container">
        <div class="cfc-platform-bar-left">
          <button mat-icon-button aria-label="Main menu"><mat-icon svgIcon="menu" /></button>
          <a class="logo" routerLink="/kubernetes/list/overview" queryParamsHandling="preserve"><b>Google</b> Cloud</a>
          <button class="project-switcher" data-prober="cloud-console-core-functions-project-switcher" aria-haspopup="dialog" (click)="openPicker()">
            <mat-icon svgIcon="project" />
            <span class="project-name">{{ context.project()?.name ?? context.t().selectProject }}</span>
            <mat-icon svgIcon="arrow_drop_down" />
          </button>
        </div>
        <div class="search-box">
          <mat-icon svgIcon="search" />
          <input #search type="search" [placeholder]="context.t().search" aria-label="Search" />
        </div>
        <div class="cfc-platform-bar-right">
          <button mat-icon-button aria-label="Activate Cloud Shell" matTooltip="Activate Cloud Shell"><mat-icon svgIcon="terminal" /></button>
          <button mat-icon-button aria-label="Notifications" matTooltip="Notifications"><mat-icon svgIcon="notifications" /></button>
          <button mat-icon-button aria-label="Help" matTooltip="Help"><mat-icon svgIcon="help" /></button>
          <button mat-icon-button aria-label="Account" class="avatar"><mat-icon svgIcon="account" /></button>
        </div>
      </div>
    </div>
    <div class="console-body">
      <nav class="product-nav" aria-label="Kubernetes Engine">
        <div class="product-title"><mat-icon svgIcon="gke" />{{ context.t().product }}</div>
        <mat-nav-list>
          <a mat-list-item routerLink="/kubernetes/list/overview" queryParamsHandling="preserve" routerLinkActive="active-link" [activated]="clusters.isActive" #clusters="routerLinkActive">
            <mat-icon matListItemIcon svgIcon="gke" />{{ context.t().clustersNav }}
          </a>
          <a mat-list-item routerLink="/kubernetes/workload/overview" queryParamsHandling="preserve" routerLinkActive="active-link" [activated]="workloads.isActive" #workloads="routerLinkActive">
            <mat-icon matListItemIcon svgIcon="workloads" />{{ context.t().workloadsTitle }}
          </a>
          @for (item of laterItems; track item) {
            <a mat-list-item disabled>{{ item }}</a>
          }
        </mat-nav-list>
      </nav>
      <main class="page"><router-outlet /></main>
    </div>
  `,
})
export class ConsoleShell {
  protected readonly context = inject(ConsoleContext);
  private readonly dialog = inject(MatDialog);
  /** A decorator, not `viewChild()`: signal queries are seen only by the ahead-of-time compiler (this app is compiled just in time). */
  @ViewChild('search', { static: true }) private search!: ElementRef<HTMLInputElement>;
  protected readonly laterItems = ['Gateways, Services & Ingress', 'Applications', 'Secrets & ConfigMaps', 'Storage', 'Object Browser', 'Backup for GKE', 'Config', 'Marketplace'];

  protected openPicker(): void {
    this.dialog.open(ProjectPickerDialog, { width: '720px' });
  }

  protected onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, [contenteditable]') ?? (target?.shadowRoot && target.shadowRoot.activeElement);
    if (event.key === '/' && !typing && !event.defaultPrevented) {
      event.preventDefault();
      this.search.nativeElement.focus();
    }
  }
}
