/**
 * The delete-cluster confirmation, a real MatDialog as the console's: title,
 * a description naming the cluster in bold, a form field asking for the
 * cluster's name, and a warn-coloured Delete that stays disabled until the
 * name matches. Enter in the field submits the form (once it matches).
 */
import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Cluster } from '../data';
import type { Strings } from '../i18n';

export interface DeleteClusterData {
  cluster: Cluster;
  t: Strings;
}

@Component({
  selector: 'kubernetes-delete-cluster-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="confirm()">
      <h2 mat-dialog-title>{{ t.deleteTitle }}</h2>
      <mat-dialog-content>
        <p>{{ description[0] }}<b>{{ description[1] }}</b>{{ description[2] }}</p>
        <p>{{ t.deleteWarning }}</p>
        <mat-form-field appearance="outline" class="confirm-name">
          <mat-label>{{ t.typeClusterName }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" spellcheck="false" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ t.cancel }}</button>
        <button mat-flat-button color="warn" type="submit" [disabled]="!matches()">{{ t.delete }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class DeleteClusterDialog {
  private readonly ref = inject<MatDialogRef<DeleteClusterDialog, boolean>>(MatDialogRef);
  private readonly data = inject<DeleteClusterData>(MAT_DIALOG_DATA);
  protected readonly t = this.data.t;
  protected readonly description = this.t.deleteDescription(this.data.cluster.name);
  protected readonly form = new FormGroup({ name: new FormControl('', { nonNullable: true }) });
  private readonly value = toSignal(this.form.controls.name.valueChanges, { initialValue: '' });
  protected readonly matches = computed(() => this.value().trim() === this.data.cluster.name);

  protected confirm(): void {
    if (this.matches()) this.ref.close(true);
  }
}
