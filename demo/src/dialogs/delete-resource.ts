/**
 * Cloud SQL's "Delete instance" and Cloud Storage's "Delete bucket" as real
 * MatDialogs in a language the guard may have no wording for: a description
 * naming the resource in bold, the console's own field asking for the
 * instance ID (or the word DELETE), Cancel as mat-button and a warn-coloured
 * mat-flat-button Delete, both with Material's ripples, Delete disabled until
 * the field matches. The element names carry no verb, so only the
 * language-independent hints say what the dialog does.
 */
import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ResourceDeleteWords } from '../resource-delete-words';

export interface DeleteResourceData {
  name: string;
  words: ResourceDeleteWords;
}

/** How the console confirmed: its Delete button (clicked, or Enter/Space on it), Enter in its form, or Enter anywhere in the page. */
export type ConfirmVia = 'button' | 'form' | 'document-enter';

@Component({
  selector: 'cfc-resource-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="confirm('form')">
      <h2 mat-dialog-title>{{ words.title(data.name) }}</h2>
      <mat-dialog-content>
        <p>{{ description[0] }}<b>{{ description[1] }}</b>{{ description[2] }}</p>
        <mat-form-field appearance="outline" class="confirm-name">
          <mat-label>{{ words.confirmLabel }}</mat-label>
          <input matInput formControlName="typed" autocomplete="off" spellcheck="false" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ words.cancel }}</button>
        <button mat-flat-button color="warn" type="button" [disabled]="!matches()" (click)="confirm('button')">{{ words.delete }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class DeleteResourceDialog {
  private readonly ref = inject<MatDialogRef<DeleteResourceDialog, ConfirmVia>>(MatDialogRef);
  protected readonly data = inject<DeleteResourceData>(MAT_DIALOG_DATA);
  protected readonly words = this.data.words;
  protected readonly description = this.words.description(this.data.name);
  protected readonly form = new FormGroup({ typed: new FormControl('', { nonNullable: true }) });
  private readonly value = toSignal(this.form.controls.typed.valueChanges, { initialValue: '' });
  readonly matches = computed(() => this.value().trim() === this.words.confirmWord(this.data.name));

  /** The console's confirm: the field must match, as in the console. */
  confirm(via: ConfirmVia): void {
    if (this.matches()) this.ref.close(via);
  }
}
