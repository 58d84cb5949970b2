/** The console's real paths for the pages the demo has; the document title as the console writes it. */
import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type ActivatedRouteSnapshot, type RouterStateSnapshot, type Routes } from '@angular/router';
import { STRINGS, langOf, type Strings } from './i18n';
import { ClusterDetailsPage } from './pages/cluster-details';
import { ClusterListPage } from './pages/cluster-list';
import { ResourcePage } from './pages/resource-page';
import { WorkloadsPage } from './pages/workloads';

const strings = (route: ActivatedRouteSnapshot): Strings => STRINGS[langOf(route.queryParamMap.get('hl'))];

export const ROUTES: Routes = [
  { path: 'kubernetes/list/overview', component: ClusterListPage, title: (route) => strings(route).clustersTitle },
  {
    path: 'kubernetes/clusters/details/:location/:name/details',
    component: ClusterDetailsPage,
    title: (route) => `${route.paramMap.get('name')} – ${strings(route).detailsTitle}`,
  },
  { path: 'kubernetes/workload/overview', component: WorkloadsPage, title: (route) => strings(route).workloadsTitle },
  { path: 'sql/instances/:name/overview', component: ResourcePage, title: (route) => `${route.paramMap.get('name')} – Cloud SQL` },
  { path: 'storage/browser', component: ResourcePage, title: 'Cloud Storage' },
  { path: '**', redirectTo: 'kubernetes/list/overview' },
];

/** `Kubernetes clusters – Kubernetes Engine – acme-prod-1 – Google Cloud console`, rewritten on every navigation. */
@Injectable({ providedIn: 'root' })
export class ConsoleTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(state: RouterStateSnapshot): void {
    const t = STRINGS[langOf(state.root.queryParamMap.get('hl'))];
    const project = state.root.queryParamMap.get('project');
    this.title.setTitle([this.buildTitle(state), t.product, project, t.consoleName].filter(Boolean).join(' – '));
  }
}
