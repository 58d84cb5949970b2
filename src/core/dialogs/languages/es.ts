/**
 * Spanish, Spain (`hl=es`). Sources are the Spanish Google Cloud docs, which
 * quote the console's buttons and titles ("haz clic en Eliminar").
 *
 * Spanish quirks: `Cerrar` is both Close and the project "Shut down": only
 * "cerrar (el) proyecto" is shut-down, and the Close label is listed exactly
 * (not `cerrar*`, which would make "Cerrar proyecto" a leave button).
 * `Restablecer` is the VM reset. Latin American Spanish has its own table
 * (es-419: "Borrar").
 */
import type { LanguageTable } from './types';

export const es: LanguageTable = {
  lang: 'es',
  name: 'Spanish (Spain)',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['eliminar', 'eliminarlo', 'eliminarla', 'eliminarlos', 'eliminarlas', 'eliminación', 'eliminar definitivamente'], source: 'https://cloud.google.com/kubernetes-engine/multi-cloud/docs/aws/how-to/delete-cluster?hl=es ("Eliminar un clúster", "haz clic en Eliminar"); https://docs.cloud.google.com/kms/docs/samples/kms-destroy-key-version?hl=es ("Eliminar una versión de clave")' },
    { action: 'remove', forms: ['quitar', 'quita', 'retirar'], source: 'IAM "Remove principal" = "Quitar principal", standard Google Spanish, chosen (not the subjunctive "quite", an English word)' },
    { action: 'destroy', forms: ['destruir', 'destruye', 'destrucción', 'programar la destrucción'], source: 'https://docs.cloud.google.com/kms/docs/destroy-restore?hl=es ("Destruir y restaurar versiones de clave")' },
    { action: 'shut-down', forms: ['cerrar proyecto', 'cerrar el proyecto', 'cerrar este proyecto', 'cerrar de todos modos', 'cierre del proyecto', 'cierra el proyecto'], source: 'project shut-down dialog: "Shut down" = "Cerrar" ("escribe el ID del proyecto y haz clic en Cerrar", recalled from the localized tutorials\' "Clean up" step, not shown by any page in the search corpus); only with "proyecto", since "Cerrar" alone is Close' },
    { action: 'purge', forms: ['purgar', 'purga', 'purgar la cola', 'vaciar la cola'], source: 'Cloud Tasks "Purge queue" = "Purgar cola", standard Google Spanish, chosen' },
    { action: 'release', forms: ['liberar', 'libera', 'liberar dirección', 'liberar la dirección'], source: 'Compute Engine "Release static address" = "Liberar dirección estática", standard Google Spanish, chosen' },
    { action: 'reset', forms: ['restablecer', 'restablece', 'restablecimiento'], source: 'https://cloud.google.com/compute/docs/samples/compute-reset-instance?hl=es ("Restablecer una instancia de VM")' },
    { action: 'disable', forms: ['inhabilitar', 'inhabilita', 'inhabilitación', 'desactivar', 'desactiva', 'desactivación'], source: 'https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=es ("Inhabilitar y habilitar claves"); https://developers.google.cn/workspace/guides/view-turn-off-apis?hl=es ("Haz clic en Inhabilitar", "Inhabilitar API")' },
    { action: 'stop', forms: ['detener', 'detén', 'detenga', 'suspender', 'suspende'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-stop-instance?hl=es ("Detener una instancia de VM"); https://docs.cloud.google.com/compute/docs/samples/compute-suspend-instance?hl=es ("Suspender una VM")' },
  ],
  outcomes: [
    { action: 'delete', forms: ['se eliminará', 'se eliminarán', 'será eliminado', 'será eliminada', 'serán eliminados', 'serán eliminadas', 'eliminará', 'eliminarán', 'se eliminará de forma permanente'], source: 'dialog descriptions ("se eliminará de forma permanente"); https://docs.cloud.google.com/kms/docs/destroy-restore?hl=es ("el material de la clave se eliminará de forma permanente")' },
    { action: 'remove', forms: ['se quitará', 'se quitarán'], source: 'as for quitar' },
    { action: 'destroy', forms: ['se destruirá', 'se destruirán', 'será destruida'], source: 'as for destruir' },
    { action: 'shut-down', forms: ['se cerrará el proyecto', 'el proyecto se cerrará'], source: 'as for cerrar el proyecto' },
    { action: 'reset', forms: ['se restablecerá'], source: 'https://cloud.google.com/compute/docs/samples/compute-reset-instance?hl=es ("se restablece la VM a su estado inicial")' },
    { action: 'disable', forms: ['se inhabilitará', 'se inhabilitarán', 'se desactivará', 'se desactivarán'], source: 'as for inhabilitar' },
    { action: 'stop', forms: ['se detendrá', 'se suspenderá'], source: 'as for detener' },
  ],
  harmless: [
    { forms: ['no se puede eliminar', 'no se pueden eliminar', 'no se puede borrar', 'no se pueden borrar'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['protección frente a la eliminación', 'protección contra la eliminación', 'protección contra eliminación', 'evitar la eliminación', 'impedir la eliminación', 'eliminación accidental'], source: 'https://cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=es ("protección frente a la eliminación")' },
    { forms: ['eliminación temporal', 'eliminación lógica', 'eliminación no definitiva', 'eliminados temporalmente', 'eliminado temporalmente', 'política de eliminación', 'políticas de eliminación', 'retención'], source: 'Cloud Storage soft delete and deletion policies, chosen' },
    { forms: ['eliminados recientemente', 'eliminadas recientemente', 'eliminado recientemente', 'recientemente eliminados', 'elementos eliminados', 'proyectos eliminados', 'pendiente de eliminación', 'programado para eliminarse', 'programada para eliminarse', 'programada para su destrucción', 'programado para su destrucción'], source: 'https://docs.cloud.google.com/kms/docs/destroy-restore?hl=es ("Programada para eliminarse"); project lifecycle "pending deletion"' },
    { forms: ['deshacer la eliminación', 'anular la eliminación', 'recuperar la eliminación', 'restaurar', 'recuperar'], source: 'https://docs.cloud.google.com/kms/docs/destroy-restore?hl=es ("restaurar una versión de clave para cancelar su eliminación"); IAM undelete, chosen' },
    { forms: ['eliminar filtro', 'eliminar filtros', 'eliminar todos los filtros', 'eliminar columna', 'quitar filtro', 'quitar filtros', 'quitar todos los filtros', 'quitar de favoritos', 'borrar filtro', 'borrar filtros', 'borrar todos los filtros', 'borrar búsqueda', 'borrar selección'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['restablecer columnas', 'restablecer las columnas', 'restablecer filtros', 'restablecer los filtros', 'restablecer vista', 'restablecer la vista', 'restablecer zoom', 'restablecer el zoom', 'restablecer orden', 'restablecer diseño', 'restablecer contraseña', 'restablecer la contraseña', 'restablecer valores predeterminados', 'restablecer los valores predeterminados'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['desactivar notificaciones', 'desactivar las notificaciones', 'inhabilitar notificaciones', 'inhabilitar las notificaciones', 'desactivar sugerencias', 'desactivar consejos', 'desactivar animaciones', 'desactivar actualización automática', 'desactivar combinaciones de teclas'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['notas de la versión', 'notas de versión', 'canal de versiones', 'canales de versiones', 'liberar espacio'], source: 'GKE release channels and release notes; freeing space is not releasing an address, chosen' },
  ],
  safeActions: [
    { forms: ['restaurar', 'restaurar *', 'recuperar', 'deshacer', 'deshacer la eliminación', 'habilitar', 'habilitar *', 'activar', 'activar *', 'crear', 'crear *', 'añadir', 'añadir *', 'agregar', 'agregar *', 'iniciar', 'iniciar *', 'reanudar', 'reanudar *'], source: 'https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=es ("habilitar"); the opposite direction of each destructive verb' },
  ],
  leave: [
    { forms: ['cancelar', 'cerrar', 'cerrar diálogo', 'cerrar cuadro de diálogo', 'cerrar el cuadro de diálogo', 'no', 'no,*', 'no *', 'atrás', 'volver', 'descartar', 'ahora no', 'conservar', 'mantener', 'entendido'], source: 'standard Google Spanish for Cancel ("Cancelar") and Close ("Cerrar"), Material dialog conventions; "Cerrar" listed exactly because the project shut-down button is also "Cerrar"' },
  ],
  confirm: [
    { forms: ['aceptar', 'ok', 'sí', 'sí,*', 'sí *', 'confirmar', 'continuar', 'proceder', 'entiendo', 'lo entiendo', 'enviar', 'aplicar', 'listo', 'hecho', 'guardar'], source: 'standard Google Spanish for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['columna', 'columnas', 'filtro', 'filtros', 'diseño', 'vista', 'zoom', 'orden', 'notificación', 'notificaciones', 'sugerencia', 'sugerencias', 'consejo', 'consejos', 'tabla', 'tarjetas', 'gráfico'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['grupo de nodos', 'grupos de nodos'], source: 'https://cloud.google.com/kubernetes-engine/multi-cloud/docs/aws/how-to/delete-cluster?hl=es ("Eliminar un grupo de nodos")' },
    { kind: 'gke-namespace', forms: ['espacio de nombres', 'espacios de nombres', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['carga de trabajo', 'cargas de trabajo', 'implementación', 'implementaciones', 'pod', 'pods'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['grupo de instancias', 'grupos de instancias'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'instancia de base de datos'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['clúster', 'clústeres', 'cluster'], source: 'https://cloud.google.com/kubernetes-engine/multi-cloud/docs/aws/how-to/delete-cluster?hl=es ("Eliminar un clúster")' },
    { kind: 'snapshot', forms: ['instantánea', 'instantáneas', 'snapshot'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disco', 'discos'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['segmento', 'segmentos', 'bucket', 'buckets'], source: 'Cloud Storage console (es-ES says "segmento")' },
    { kind: 'vm-instance', forms: ['vm', 'instancia de vm', 'instancias de vm', 'instancia', 'instancias', 'máquina virtual'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-stop-instance?hl=es ("instancia de VM")' },
    { kind: 'project', forms: ['proyecto', 'proyectos'], source: 'Resource Manager console' },
  ],
};
