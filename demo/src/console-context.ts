/**
 * What every part of the demo console reads from the URL, as the real console
 * does: the project (`?project=`) and the display language (`?hl=`). Updated
 * on each router navigation (pushState; the document is never reloaded).
 */
import { DOCUMENT, Injectable, computed, effect, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { PROJECTS, type Project } from './data';
import { STRINGS, langOf } from './i18n';

@Injectable({ providedIn: 'root' })
export class ConsoleContext {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly query = signal(new URL(this.document.location.href).searchParams);

  readonly projectId = computed(() => this.query().get('project'));
  readonly project = computed<Project | null>(() => {
    const id = this.projectId();
    return id === null ? null : (PROJECTS.find((p) => p.id === id) ?? { id, name: id });
  });
  readonly lang = computed(() => langOf(this.query().get('hl')));
  readonly t = computed(() => STRINGS[this.lang()]);

  constructor() {
    effect(() => (this.document.documentElement.lang = this.lang()));
    this.router.events.subscribe((event) => {
      if (event instanceof NavigationEnd) this.query.set(new URL(event.urlAfterRedirects, 'https://console.invalid').searchParams);
    });
  }

  /** Shows another project on the same page (the cluster list when a cluster's page is open). */
  switchProject(id: string): Promise<boolean> {
    const onClusterPage = this.router.url.startsWith('/kubernetes/clusters/');
    return this.router.navigate(onClusterPage ? ['/kubernetes/list/overview'] : [], { queryParams: { project: id }, queryParamsHandling: 'merge' });
  }
}
