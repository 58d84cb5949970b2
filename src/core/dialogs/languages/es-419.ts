/**
 * Spanish, Latin America (`hl=es-419`). Sources are the es-419 Google Cloud
 * docs, which quote the console's buttons and titles ("haz clic en Borrar").
 *
 * Differences from Spain (es.ts): Delete is `Borrar`, not `Eliminar` (the
 * nouns still say "eliminación"); `Restablecer` is both the VM reset and the
 * KMS key-version restore, so "restablecer la versión de clave" is harmless.
 * `Cerrar` is both Close and the project "Shut down", as in es.
 */
import type { LanguageTable } from './types';

export const es419: LanguageTable = {
  lang: 'es-419',
  name: 'Spanish (Latin America)',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['borrar', 'borra', 'borre', 'bórralo', 'bórrala', 'borrarlo', 'borrarla', 'borrarlos', 'borrado definitivo', 'borrar de forma permanente', 'eliminar', 'eliminación'], source: 'https://docs.cloud.google.com/anthos/clusters/docs/multi-cloud/aws/how-to/delete-cluster?hl=es-419 ("Borra un clúster", "haz clic en Borrar"); https://docs.cloud.google.com/kms/docs/delete-kms-resources?hl=es-419 ("Borra recursos de Cloud KMS", "Borrado")' },
    { action: 'remove', forms: ['quitar', 'quita', 'retirar'], source: 'IAM "Remove principal" = "Quitar principal", standard Google Spanish, chosen (not the subjunctive "quite", an English word)' },
    { action: 'destroy', forms: ['destruir', 'destruye', 'destrucción', 'programar la destrucción'], source: 'https://docs.cloud.google.com/kms/docs/destroy-restore?hl=es-419 ("Destruye y restablece versiones de claves", "programa una versión de clave para su destrucción")' },
    { action: 'shut-down', forms: ['cerrar proyecto', 'cerrar el proyecto', 'cerrar este proyecto', 'cerrar de todos modos', 'cierre del proyecto', 'cierra el proyecto'], source: 'project shut-down dialog: "Shut down" = "Cerrar" ("escribe el ID del proyecto y, luego, haz clic en Cerrar para borrar el proyecto", recalled from the localized tutorials\' "Clean up" step, not shown by any page in the search corpus); only with "proyecto", since "Cerrar" alone is Close' },
    { action: 'purge', forms: ['purgar', 'purga', 'purgar la cola', 'vaciar la cola', 'borrar definitivamente todas las tareas'], source: 'Cloud Tasks "Purge queue" = "Purgar cola", standard Google Spanish, chosen' },
    { action: 'release', forms: ['liberar', 'libera', 'liberar dirección', 'liberar la dirección'], source: 'Compute Engine "Release static address" = "Liberar dirección estática", standard Google Spanish, chosen' },
    { action: 'reset', forms: ['restablecer', 'restablece', 'restablecimiento'], source: 'https://cloud.google.com/compute/docs/samples/compute-reset-instance?hl=es_419 ("Restablece una instancia de VM")' },
    { action: 'disable', forms: ['inhabilitar', 'inhabilita', 'inhabilitación', 'desactivar', 'desactiva', 'desactivación'], source: 'https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=es-419 ("Inhabilita y habilita claves de cuentas de servicio"); https://developers.google.cn/workspace/guides/view-turn-off-apis?hl=es-419 ("Haz clic en Inhabilitar", "Inhabilitar API")' },
    { action: 'stop', forms: ['detener', 'detén', 'detenga', 'suspender', 'suspende'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=es_419 ("Detén una instancia de VM"); https://docs.cloud.google.com/compute/docs/samples/compute-suspend-instance?hl=es-419 ("Suspende una VM en ejecución")' },
  ],
  outcomes: [
    { action: 'delete', forms: ['se borrará', 'se borrarán', 'será borrado', 'será borrada', 'serán borrados', 'serán borradas', 'borrará', 'borrarán', 'se borra de forma permanente', 'se eliminará', 'se eliminarán'], source: 'https://docs.cloud.google.com/kms/docs/destroy-restore?hl=es-419 ("el material de la clave se borra de forma permanente"); dialog descriptions' },
    { action: 'remove', forms: ['se quitará', 'se quitarán'], source: 'as for quitar' },
    { action: 'destroy', forms: ['se destruirá', 'se destruirán', 'será destruida'], source: 'as for destruir' },
    { action: 'shut-down', forms: ['se cerrará el proyecto', 'el proyecto se cerrará'], source: 'as for cerrar el proyecto' },
    { action: 'reset', forms: ['se restablecerá'], source: 'https://cloud.google.com/compute/docs/samples/compute-reset-instance?hl=es_419 ("se restablece la VM a su estado inicial")' },
    { action: 'disable', forms: ['se inhabilitará', 'se inhabilitarán', 'se desactivará', 'se desactivarán'], source: 'as for inhabilitar' },
    { action: 'stop', forms: ['se detendrá', 'se suspenderá'], source: 'as for detener' },
  ],
  harmless: [
    { forms: ['no se puede borrar', 'no se pueden borrar', 'no se puede eliminar', 'no se pueden eliminar'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['protección contra la eliminación', 'protección contra eliminación', 'protección contra el borrado', 'protección contra borrado', 'evitar la eliminación', 'evitar el borrado', 'borrado accidental', 'eliminación accidental'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=es-419 ("protección contra la eliminación")' },
    { forms: ['borrado no definitivo', 'borrado temporal', 'borrar de forma no definitiva', 'borrados de forma no definitiva', 'borrado de forma no definitiva', 'eliminación no definitiva', 'eliminación temporal', 'política de borrado', 'política de eliminación', 'retención'], source: 'Cloud Storage soft delete and deletion policies, chosen' },
    { forms: ['borrados recientemente', 'borradas recientemente', 'borrado recientemente', 'recientemente borrados', 'elementos borrados', 'proyectos borrados', 'pendiente de borrado', 'pendiente de eliminación', 'destrucción programada', 'programado para su destrucción', 'programada para su destrucción', 'programada para la destrucción', 'programado para la destrucción'], source: 'https://docs.cloud.google.com/kms/docs/destroy-restore?hl=es-419 ("permanece en el estado de destrucción programada"); project lifecycle "pending deletion"' },
    { forms: ['restablecer la versión de clave', 'restablecer una versión de clave', 'restablecer versión de clave', 'restablecer versiones de clave', 'restablecer la versión', 'deshacer el borrado', 'recuperar el borrado', 'cancelar el borrado', 'recuperar', 'restaurar'], source: 'https://docs.cloud.google.com/kms/docs/destroy-restore?hl=es-419 ("puedes restablecer una versión de clave para cancelar su destrucción"): here Restablecer is a restore' },
    { forms: ['borrar filtro', 'borrar filtros', 'borrar todos los filtros', 'borrar búsqueda', 'borrar selección', 'quitar filtro', 'quitar filtros', 'quitar todos los filtros', 'quitar de favoritos'], source: 'table filter chips and search boxes ("Borrar" is also "clear"), chosen' },
    { forms: ['restablecer columnas', 'restablecer las columnas', 'restablecer filtros', 'restablecer los filtros', 'restablecer vista', 'restablecer la vista', 'restablecer zoom', 'restablecer el zoom', 'restablecer orden', 'restablecer diseño', 'restablecer contraseña', 'restablecer la contraseña', 'restablecer valores predeterminados', 'restablecer los valores predeterminados'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['desactivar notificaciones', 'desactivar las notificaciones', 'inhabilitar notificaciones', 'inhabilitar las notificaciones', 'desactivar sugerencias', 'desactivar consejos', 'desactivar animaciones', 'desactivar actualización automática', 'desactivar combinaciones de teclas'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['notas de la versión', 'notas de versión', 'canal de versiones', 'canales de versiones', 'liberar espacio'], source: 'GKE release channels and release notes; freeing space is not releasing an address, chosen' },
  ],
  safeActions: [
    { forms: ['restaurar', 'restaurar *', 'recuperar', 'deshacer', 'deshacer el borrado', 'habilitar', 'habilitar *', 'activar', 'activar *', 'crear', 'crear *', 'agregar', 'agregar *', 'añadir', 'añadir *', 'iniciar', 'iniciar *', 'reanudar', 'reanudar *'], source: 'https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=es-419 ("habilita"); the opposite direction of each destructive verb' },
  ],
  leave: [
    { forms: ['cancelar', 'cerrar', 'cerrar diálogo', 'cerrar cuadro de diálogo', 'cerrar el cuadro de diálogo', 'no', 'no,*', 'no *', 'atrás', 'volver', 'descartar', 'ahora no', 'conservar', 'mantener', 'entendido'], source: 'standard Google Spanish for Cancel ("Cancelar") and Close ("Cerrar"); "Cerrar" listed exactly because the project shut-down button is also "Cerrar"' },
  ],
  confirm: [
    { forms: ['aceptar', 'ok', 'sí', 'sí,*', 'sí *', 'confirmar', 'continuar', 'proceder', 'entiendo', 'lo entiendo', 'enviar', 'aplicar', 'listo', 'guardar'], source: 'standard Google Spanish for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['columna', 'columnas', 'filtro', 'filtros', 'diseño', 'vista', 'zoom', 'orden', 'notificación', 'notificaciones', 'sugerencia', 'sugerencias', 'consejo', 'consejos', 'tabla', 'tarjetas', 'gráfico'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['grupo de nodos', 'grupos de nodos'], source: 'https://docs.cloud.google.com/anthos/clusters/docs/multi-cloud/aws/how-to/delete-cluster?hl=es-419 ("Borrar un grupo de nodos")' },
    { kind: 'gke-namespace', forms: ['espacio de nombres', 'espacios de nombres', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['carga de trabajo', 'cargas de trabajo', 'implementación', 'implementaciones', 'pod', 'pods'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['grupo de instancias', 'grupos de instancias'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'instancia de base de datos'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['clúster', 'clústeres', 'cluster'], source: 'https://docs.cloud.google.com/anthos/clusters/docs/multi-cloud/aws/how-to/delete-cluster?hl=es-419 ("Borra un clúster")' },
    { kind: 'snapshot', forms: ['instantánea', 'instantáneas', 'snapshot'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disco', 'discos'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['bucket', 'buckets'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'instancia de vm', 'instancias de vm', 'instancia', 'instancias', 'máquina virtual'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=es_419 ("instancia de VM")' },
    { kind: 'project', forms: ['proyecto', 'proyectos'], source: 'Resource Manager console' },
  ],
};
