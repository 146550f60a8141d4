import type { doclistFr } from './doclist.fr.ts';

/** The documents list's filters and bulk actions, en español. */
export const doclistEs: Readonly<Record<keyof typeof doclistFr, string>> = {
  'doclist.missing': 'Falta la traducción en',
  'doclist.select': 'Seleccionar «{title}» ({locale})',
  'doclist.selectColumn': 'Selección',
  'doclist.bulk.label': 'Con las traducciones seleccionadas',
  'doclist.bulk.submit': 'Enviar a revisión',
  'doclist.bulk.publish': 'Publicar',
  'doclist.bulk.archive': 'Archivar',
  'doclist.bulk.apply': 'Aplicar',
  'doclist.bulk.title': 'Resultado: {action}',
  'doclist.bulk.summary': '{done, plural, =0 {Ninguna hecha} one {# hecha} other {# hechas}}, {refused, plural, =0 {ninguna rechazada} one {# rechazada} other {# rechazadas}}.',
  'doclist.bulk.result': 'Resultado',
  'doclist.bulk.done': 'Hecho: ahora {status}',
  'doclist.bulk.refused': 'Rechazado: {reason}',
  'doclist.bulk.none': 'No se hizo nada: marque al menos una traducción y elija una acción.',
  'doclist.bulk.back': 'Volver a la lista',
  'doclist.reason.forbidden': 'su rol no lo permite en este idioma',
  'doclist.reason.notAllowed': 'no es posible desde su estado actual',
  'doclist.reason.invalid': 'fallan las comprobaciones previas a la publicación ({problems})',
  'doclist.reason.conflict': 'otra persona la modificó mientras tanto',
  'doclist.reason.notFound': 'ya no existe',
};
