/**
 * Dialogs a production console opens all day that destroy nothing: the
 * guard must leave them alone. Create cluster, Edit labels (its rows have a
 * delete-item icon, as the console's label editor does) and the table's
 * Reset columns.
 */
import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { Cluster } from '../data';

export interface NewCluster {
  name: string;
  location: string;
  mode: Cluster['mode'];
}

@Component({
  selector: 'kubernetes-create-cluster-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, FormsModule],
  template: `
    <h2 mat-dialog-title>Create cluster</h2>
    <mat-dialog-content>
      <p>Choose the mode of operation for the new cluster. You can change its settings later.</p>
      <mat-radio-group [(ngModel)]="mode" aria-label="Mode of operation" class="radio-column">
        <mat-radio-button value="Autopilot">Autopilot: Google manages nodes and scaling (recommended)</mat-radio-button>
        <mat-radio-button value="Standard">Standard: you manage the node pools</mat-radio-button>
      </mat-radio-group>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>Name</mat-label>
        <input matInput [(ngModel)]="name" autocomplete="off" />
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>Region</mat-label>
        <mat-select [(ngModel)]="location">
          @for (region of regions; track region) {
            <mat-option [value]="region">{{ region }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>Cancel</button>
      <button mat-flat-button color="primary" [disabled]="!name().trim()" (click)="create()">Create</button>
    </mat-dialog-actions>
  `,
})
export class CreateClusterDialog {
  private readonly ref = inject<MatDialogRef<CreateClusterDialog, NewCluster>>(MatDialogRef);
  protected readonly regions = ['us-central1', 'us-east1', 'europe-west1', 'asia-northeast1'];
  protected readonly name = signal(inject<{ suggestedName: string }>(MAT_DIALOG_DATA).suggestedName);
  protected readonly location = signal('us-central1');
  protected readonly mode = signal<Cluster['mode']>('Autopilot');

  protected create(): void {
    this.ref.close({ name: this.name().trim(), location: this.location(), mode: this.mode() });
  }
}

interface LabelRow {
  key: string;
  value: string;
}

@Component({
  selector: 'kubernetes-edit-labels-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, FormsModule],
  template: `
    <h2 mat-dialog-title>Edit labels</h2>
    <mat-dialog-content>
      <p>Labels of <b>{{ cluster.name }}</b>. Use labels to organise and filter clusters.</p>
      @for (row of rows(); track $index) {
        <div class="label-row">
          <mat-form-field appearance="outline">
            <mat-label>Key {{ $index + 1 }}</mat-label>
            <input matInput [(ngModel)]="row.key" autocomplete="off" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Value {{ $index + 1 }}</mat-label>
            <input matInput [(ngModel)]="row.value" autocomplete="off" />
          </mat-form-field>
          <button mat-icon-button type="button" aria-label="Delete item" (click)="removeRow($index)"><mat-icon svgIcon="delete" /></button>
        </div>
      }
      <button mat-button type="button" (click)="addRow()"><mat-icon svgIcon="add" />Add label</button>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>Cancel</button>
      <button mat-flat-button color="primary" (click)="save()">Save</button>
    </mat-dialog-actions>
  `,
})
export class EditLabelsDialog {
  private readonly ref = inject<MatDialogRef<EditLabelsDialog, Record<string, string>>>(MatDialogRef);
  protected readonly cluster = inject<{ cluster: Cluster }>(MAT_DIALOG_DATA).cluster;
  protected readonly rows = signal<LabelRow[]>(Object.entries(this.cluster.labels).map(([key, value]) => ({ key, value })));

  protected addRow(): void {
    this.rows.update((rows) => [...rows, { key: '', value: '' }]);
  }

  protected removeRow(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
  }

  protected save(): void {
    this.ref.close(Object.fromEntries(this.rows().filter((row) => row.key.trim()).map((row) => [row.key.trim(), row.value.trim()])));
  }
}

@Component({
  selector: 'cfc-table-reset-columns-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>Reset columns</h2>
    <mat-dialog-content>
      <p>The table will show its default columns in their default order.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>Cancel</button>
      <button mat-flat-button color="primary" [mat-dialog-close]="true">Reset</button>
    </mat-dialog-actions>
  `,
})
export class ResetColumnsDialog {}
