/**
 * A Cloud SQL instance's page (`/sql/instances/{name}/overview`) or the Cloud
 * Storage browser (`/storage/browser`, bucket `?fx-bucket=`), in the language
 * of `?hl=` (pl, uk, vi, ar), with Delete opening the delete dialog. Like some
 * consoles, the page also confirms its open dialog on Enter pressed anywhere
 * in the document (a keydown listener on document), wherever focus is.
 * What the console did is kept in `window.demoConsole.confirmations`.
 */
import { Component, DOCUMENT, OnDestroy, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { ActivatedRoute } from '@angular/router';
import { DeleteResourceDialog, type ConfirmVia, type DeleteResourceData } from '../dialogs/delete-resource';
import { RESOURCE_DELETE_WORDS, resourceLangOf, type ResourceProduct } from '../resource-delete-words';

interface DemoConsole {
  confirmations: { name: string; via: ConfirmVia }[];
}

function demoConsole(): DemoConsole {
  const host = window as unknown as { demoConsole?: DemoConsole };
  return (host.demoConsole ??= { confirmations: [] });
}

@Component({
  selector: 'cfc-resource-page',
  imports: [MatButtonModule],
  template: `
    <div class="page-header">
      <h1>{{ name() }}</h1>
      <button mat-button color="primary" class="open-delete" (click)="open()">{{ words().delete }}</button>
    </div>
    <p class="deleted">{{ status() }}</p>
  `,
})
export class ResourcePage implements OnDestroy {
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.paramMap, { requireSync: true });
  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  private readonly product: ResourceProduct = this.route.snapshot.url[0]?.path === 'storage' ? 'storage' : 'sql';
  private readonly lang = computed(() => resourceLangOf(this.query().get('hl')));
  protected readonly words = computed(() => RESOURCE_DELETE_WORDS[this.lang()][this.product]);
  protected readonly name = computed(() => this.params().get('name') ?? this.query().get('fx-bucket') ?? 'production-assets');
  protected readonly status = signal('');
  private ref: MatDialogRef<DeleteResourceDialog, ConfirmVia> | null = null;

  constructor() {
    this.document.documentElement.lang = this.lang();
    this.document.documentElement.dir = this.lang() === 'ar' ? 'rtl' : 'ltr';
    this.document.addEventListener('keydown', this.onDocumentKey);
  }

  ngOnDestroy(): void {
    this.document.removeEventListener('keydown', this.onDocumentKey);
  }

  protected open(): void {
    const name = this.name();
    const data: DeleteResourceData = { name, words: this.words() };
    const direction = this.lang() === 'ar' ? 'rtl' : 'ltr';
    // `?fx-backdrop=none`: no backdrop, so a click on the page behind takes focus out of the dialog.
    const hasBackdrop = this.query().get('fx-backdrop') !== 'none';
    this.ref = this.dialog.open<DeleteResourceDialog, DeleteResourceData, ConfirmVia>(DeleteResourceDialog, { data, width: '520px', disableClose: true, direction, hasBackdrop });
    this.ref.afterClosed().subscribe((via) => {
      this.ref = null;
      if (!via) return;
      demoConsole().confirmations.push({ name, via });
      this.status.set(this.words().deleted(name));
    });
  }

  /** Enter anywhere confirms the open dialog (when its own check is met). */
  private readonly onDocumentKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !this.ref) return;
    const dialog = this.ref.componentInstance;
    if (!dialog.matches()) return;
    event.preventDefault();
    this.ref.close('document-enter');
  };
}
