/**
 * The project picker the console's project switcher opens: a dialog with a
 * search field and a table of projects (name and ID). Choosing one closes it
 * and shows that project on the same page, without reloading.
 */
import { Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { PROJECTS, type Project } from '../data';
import { ConsoleContext } from '../console-context';

@Component({
  selector: 'cfc-project-picker-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, MatTableModule],
  template: `
    <h2 mat-dialog-title>Select a project</h2>
    <mat-dialog-content>
      <mat-form-field appearance="outline" class="wide" subscriptSizing="dynamic">
        <mat-icon matPrefix svgIcon="search" />
        <mat-label>Search projects and folders</mat-label>
        <input matInput [value]="search()" (input)="search.set($any($event.target).value)" autocomplete="off" />
      </mat-form-field>
      <table mat-table [dataSource]="shown()" class="picker-table">
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef>Name</th>
          <td mat-cell *matCellDef="let project">
            <a href="#" class="project-link" (click)="choose($event, project)">{{ project.name }}</a>
            @if (project.id === context.projectId()) {
              <span class="current">(current)</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="id">
          <th mat-header-cell *matHeaderCellDef>ID</th>
          <td mat-cell *matCellDef="let project">{{ project.id }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>Cancel</button>
    </mat-dialog-actions>
  `,
})
export class ProjectPickerDialog {
  private readonly ref = inject(MatDialogRef<ProjectPickerDialog>);
  protected readonly context = inject(ConsoleContext);
  protected readonly columns = ['name', 'id'];
  protected readonly search = signal('');
  protected readonly shown = computed(() => {
    const words = this.search().trim().toLowerCase();
    return PROJECTS.filter((p) => !words || `${p.name} ${p.id}`.toLowerCase().includes(words));
  });

  protected choose(event: Event, project: Project): void {
    event.preventDefault();
    this.ref.close();
    void this.context.switchProject(project.id);
  }
}
