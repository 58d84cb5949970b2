/** The clusters of every project, in memory for the life of the page (deletions survive project switches). */
import { Injectable, signal } from '@angular/core';
import { CLUSTERS, type Cluster } from './data';

@Injectable({ providedIn: 'root' })
export class ClusterStore {
  private readonly byProject = signal<Record<string, Cluster[]>>(structuredClone(CLUSTERS) as Record<string, Cluster[]>);

  list(project: string | null): Cluster[] {
    return project === null ? [] : (this.byProject()[project] ?? []);
  }

  find(project: string | null, name: string, location?: string): Cluster | undefined {
    return this.list(project).find((c) => c.name === name && (location === undefined || c.location === location));
  }

  /** Removes a cluster; the returned function puts it back where it was (the snack bar's Undo). */
  remove(project: string, name: string): () => void {
    const clusters = this.list(project);
    const index = clusters.findIndex((c) => c.name === name);
    if (index < 0) return () => undefined;
    const removed = clusters[index]!;
    this.update(project, (list) => list.filter((c) => c !== removed));
    return () => this.update(project, (list) => (list.includes(removed) ? list : [...list.slice(0, index), removed, ...list.slice(index)]));
  }

  add(project: string, cluster: Cluster): void {
    this.update(project, (list) => [...list, cluster]);
  }

  /** Replaces a cluster's fields (labels, status). */
  patch(project: string, name: string, change: Partial<Cluster>): void {
    this.update(project, (list) => list.map((c) => (c.name === name ? { ...c, ...change } : c)));
  }

  private update(project: string, change: (list: Cluster[]) => Cluster[]): void {
    this.byProject.update((all) => ({ ...all, [project]: change(all[project] ?? []) }));
  }
}
