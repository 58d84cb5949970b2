/** Spanish (Latin America) wording through the whole recogniser: console titles and buttons as hl=es-419 shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { es419 as table } from './es-419';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['¿Borrar el clúster "prod-1"?', 'Cancelar', 'Borrar', 'delete', 'es-419'],
  ['Borrar grupo de nodos "pool-1"', 'Cancelar', 'Borrar', 'delete', 'es-419'],
  ['¿Quieres borrar la instancia de VM "web-1"?', 'Cancelar', 'Borrar', 'delete', 'es-419'],
  ['¿Borrar el bucket "acme-logs" de forma permanente?', 'Cancelar', 'Borrar bucket', 'delete', 'es-419'],
  ['¿Quitar principal?', 'Cancelar', 'Quitar', 'remove'],
  ['¿Destruir la versión de clave 3?', 'Cancelar', 'Programar la destrucción', 'destroy'],
  ['Cerrar el proyecto "Acme Prod"', 'Cancelar', 'Cerrar de todos modos', 'shut-down'],
  ['¿Purgar la cola "emails"?', 'Cancelar', 'Purgar cola', 'purge'],
  ['¿Liberar la dirección estática?', 'Cancelar', 'Liberar', 'release'],
  ['¿Restablecer la instancia de VM "web-1"?', 'Cancelar', 'Restablecer', 'reset'],
  ['¿Inhabilitar la API de Kubernetes Engine?', 'Cancelar', 'Inhabilitar', 'disable'],
  ['¿Inhabilitar la facturación del proyecto acme-prod?', 'Cancelar', 'Inhabilitar', 'disable'],
  ['¿Seguro?', 'Cancelar', 'Sí, borrar', 'delete', 'es-419'],
  ['Confirmar la eliminación', 'Cancelar', 'Confirmar', 'delete'],
  ['¿Seguro que quieres continuar?', 'No', 'Confirmar', 'delete', 'es-419', 'El clúster "prod-1" se borrará de forma permanente.'],
  ['¿Detener la instancia de VM "web-1"?', 'Cancelar', 'Detener', 'stop'],
  ['¿Suspender la VM?', 'Cancelar', 'Suspender', 'stop'],
];

const harmless: Harmless[] = [
  ['¿Restablecer la versión de clave 3?', ['Cancelar', 'Restablecer']],
  ['¿Restaurar el proyecto?', ['Cancelar', 'Restaurar']],
  ['Buckets borrados recientemente', ['Cerrar', 'Restaurar']],
  ['Habilitar la protección contra la eliminación', ['Cancelar', 'Guardar']],
  ['Borrado no definitivo: duración de retención', ['Cancelar', 'Guardar']],
  ['Restablecer columnas', ['Cancelar', 'Restablecer']],
  ['¿Restablecer los filtros?', ['No', 'Restablecer filtros']],
  ['Restablecer la vista', ['Cancelar', 'Aceptar']],
  ['Desactivar notificaciones', ['Cancelar', 'Desactivar']],
  ['Desactivar sugerencias', ['Cerrar', 'Aceptar']],
  ['Borrar filtros', ['Cancelar', 'Borrar todos los filtros']],
  ['Clúster borrado', ['Deshacer']],
  ['Clúster borrado', ['Aceptar']],
  ['Crear grupo de nodos', ['Cancelar', 'Crear']],
  ['Notas de la versión', ['Cerrar']],
  ['Cambiar el canal de versiones', ['Cancelar', 'Guardar']],
  ['Habilitar la API de Kubernetes Engine', ['Cancelar', 'Habilitar']],
];

/** Ordinary Spanish (Latin America) console text: no table (of any language) may read an action into it. */
const ordinary = [
  'Cancelar',
  'Cerrar',
  'Confirmar',
  'Continuar',
  'Guardar',
  'Lo entiendo',
  'Ver detalles',
  'Selecciona un proyecto',
  'Escribe el nombre del clúster para continuar',
  'Esta acción no se puede deshacer.',
  'Más información',
  'Compartir con usuarios',
];

/** Cases the engine gets wrong today (see the report); kept as written. */
const knownGaps: Destructive[] = [
  ['¿Cerrar el proyecto "Acme Prod"?', 'Cancelar', 'Cerrar', 'shut-down'],
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Spanish (Latin America) (es-419): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });

  // Once an engine gap, now fixed: the word is also a leave (or lent) word, and still read right.
  for (const [title, leave, confirm, action, lang] of knownGaps) {
    it(`${title} [${leave} | ${confirm}] -> ${action}, confirm guarded`, () => {
      const verdict = judge(title, [leave, confirm]);
      expect(verdict).toMatchObject({ destructive: true, action });
      if (lang) expect(verdict.lang).toBe(lang);
      expect(verdict.buttonRoles).toEqual(['free', 'action']);
    });
  }
});

describe('Spanish (Latin America) (es-419): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['Aceptar'], 'Se borró el clúster prod-1').destructive).toBe(false);
  });
});

describe('Spanish (Latin America) (es-419): ordinary text and the table itself', () => {
  it.each(ordinary)('%s reads as no action', (text) => {
    expect(findAction(text)).toBeNull();
  });

  it('every leave, confirm and safe label reads as no action', () => {
    const labels = [...table.leave, ...table.confirm, ...table.safeActions].flatMap((entry) => entry.forms).filter((form) => !form.includes('*'));
    expect(labels.filter((label) => findAction(label) !== null)).toEqual([]);
  });

  it('forms are normalised, unique, sourced, and use * only at an end', () => {
    for (const entry of [...table.actions, ...table.outcomes, ...table.harmless, ...table.safeActions, ...table.leave, ...table.confirm, ...table.resources]) {
      expect(entry.source.length).toBeGreaterThan(5);
      expect(new Set(entry.forms).size).toBe(entry.forms.length);
      for (const form of entry.forms) {
        expect(normaliseText(form)).toBe(form);
        expect(form.slice(1, -1)).not.toContain('*');
      }
    }
  });
});
