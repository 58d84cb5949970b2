/** Kubernetes Engine > Workloads: a page of its own, so the left navigation has somewhere else to go. */
import { Component, inject } from '@angular/core';
import { ConsoleContext } from '../console-context';

@Component({
  selector: 'kubernetes-workloads',
  template: `
    <div class="page-header"><h1>{{ context.t().workloadsTitle }}</h1></div>
    <p class="empty">This demo console shows clusters only.</p>
  `,
})
export class WorkloadsPage {
  protected readonly context = inject(ConsoleContext);
}
