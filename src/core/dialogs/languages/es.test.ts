/** Spanish (Spain) wording through the whole recogniser: console titles and buttons as hl=es shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { es as table } from './es';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['¿Eliminar el clúster «prod-1»?', 'Cancelar', 'Eliminar', 'delete', 'es'],
  ['Eliminar grupo de nodos "pool-1"', 'Cancelar', 'Eliminar', 'delete', 'es'],
  ['¿Quieres eliminar la instancia de VM "web-1"?', 'Cancelar', 'Eliminar', 'delete', 'es'],
  ['¿Eliminar definitivamente el segmento "acme-logs"?', 'Cancelar', 'Eliminar segmento', 'delete', 'es'],
  ['¿Quitar principal?', 'Cancelar', 'Quitar', 'remove', 'es'],
  ['¿Destruir la versión de clave 3?', 'Cancelar', 'Programar la destrucción', 'destroy', 'es'],
  ['Cerrar el proyecto "Acme Prod"', 'Cancelar', 'Cerrar de todos modos', 'shut-down', 'es'],
  ['¿Purgar la cola "emails"?', 'Cancelar', 'Purgar', 'purge', 'es'],
  ['¿Liberar dirección estática?', 'Cancelar', 'Liberar', 'release', 'es'],
  ['¿Restablecer la instancia de VM "web-1"?', 'Cancelar', 'Restablecer', 'reset', 'es'],
  ['¿Inhabilitar la API de Kubernetes Engine?', 'Cancelar', 'Inhabilitar', 'disable', 'es'],
  ['¿Inhabilitar la facturación del proyecto acme-prod?', 'Cancelar', 'Inhabilitar facturación', 'disable', 'es'],
  ['¿Seguro que quieres hacerlo?', 'Cancelar', 'Sí, eliminar', 'delete', 'es'],
  ['Confirmar eliminación', 'Cancelar', 'Confirmar', 'delete', 'es'],
  ['¿Seguro que quieres continuar?', 'No', 'Confirmar', 'delete', 'es', 'El clúster "prod-1" se eliminará de forma permanente.'],
  ['¿Detener la instancia de VM "web-1"?', 'Cancelar', 'Detener', 'stop', 'es'],
  ['¿Suspender la VM?', 'Cancelar', 'Suspender', 'stop', 'es'],
];

const harmless: Harmless[] = [
  ['¿Restaurar el proyecto?', ['Cancelar', 'Restaurar']],
  ['Deshacer la eliminación de la cuenta de servicio', ['Cancelar', 'Deshacer la eliminación']],
  ['Segmentos eliminados recientemente', ['Cerrar', 'Restaurar']],
  ['Habilitar la protección frente a la eliminación', ['Cancelar', 'Guardar']],
  ['Eliminación temporal: duración de la retención', ['Cancelar', 'Guardar']],
  ['Restablecer columnas', ['Cancelar', 'Restablecer']],
  ['¿Restablecer los filtros?', ['No', 'Restablecer filtros']],
  ['Restablecer la vista', ['Cancelar', 'Aceptar']],
  ['Desactivar notificaciones', ['Cancelar', 'Desactivar']],
  ['Desactivar sugerencias', ['Cerrar', 'Aceptar']],
  ['Clúster eliminado', ['Deshacer']],
  ['Clúster eliminado', ['Aceptar']],
  ['Crear grupo de nodos', ['Cancelar', 'Crear']],
  ['Notas de la versión', ['Cerrar']],
  ['Cambiar el canal de versiones', ['Cancelar', 'Guardar']],
  ['Habilitar la API de Kubernetes Engine', ['Cancelar', 'Habilitar']],
];

/** Ordinary Spanish (Spain) console text: no table (of any language) may read an action into it. */
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
  'This may take quite a while',
];

/** Cases the engine gets wrong today (see the report); kept as written. */
const knownGaps: Destructive[] = [
  ['¿Cerrar el proyecto "Acme Prod"?', 'Cancelar', 'Cerrar', 'shut-down', 'es'],
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Spanish (Spain) (es): destructive confirmations', () => {
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

describe('Spanish (Spain) (es): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['Aceptar'], 'Se ha eliminado el clúster prod-1').destructive).toBe(false);
  });
});

describe('Spanish (Spain) (es): ordinary text and the table itself', () => {
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
