/**
 * Namespace lifecycle: new namespaces are Active and get their `default` ServiceAccount; a
 * namespace being deleted has its contents deleted (finalizers still apply), and goes once empty.
 */
import { clone } from '../json';
import type { Controller } from './context';

/** Runs namespaces. */
export const namespaceController: Controller = (ctx) => {
  const nsDef = ctx.def('Namespace');
  const saDef = ctx.def('ServiceAccount');
  for (const ns of ctx.store.peekAll(nsDef)) {
    const name = ns.metadata.name;
    if (!ns.metadata.deletionTimestamp) {
      if (ns.status?.phase !== 'Active') {
        const next = clone(ns);
        next.status = { phase: 'Active' };
        ctx.store.update(nsDef, next);
      }
      if (!ctx.store.peek(saDef, name, 'default')) {
        ctx.store.create(saDef, { metadata: { name: 'default', namespace: name } });
      }
      continue;
    }
    for (const { def, obj } of ctx.store.entries()) {
      if (def.namespaced && obj.metadata.namespace === name) ctx.api.deleteObject(def, obj);
    }
    // Whatever finalizers still hold keeps the namespace Terminating; once empty it goes.
    if (!ctx.store.entries().some(({ def, obj }) => def.namespaced && obj.metadata.namespace === name)) {
      const next = clone(ns);
      next.spec = { ...(next.spec ?? {}), finalizers: [] };
      ctx.store.update(nsDef, next);
    }
  }
};
