/**
 * The demo console: an Angular single-page app with Angular Material, as the
 * Google Cloud console is. Compiled just in time in the page (the compiler is
 * the first import): see demo/vite.config.ts for why.
 */
import '@angular/compiler';
import { provideAppInitializer } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { bootstrapApplication } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { registerIcons } from './icons';
import { ConsoleTitleStrategy, ROUTES } from './routes';
import { ConsoleShell } from './shell';

bootstrapApplication(ConsoleShell, {
  providers: [
    provideRouter(ROUTES),
    { provide: TitleStrategy, useClass: ConsoleTitleStrategy },
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline' } },
    provideAppInitializer(registerIcons),
  ],
}).catch((error: unknown) => console.error(error));
