/**
 * Services get a cluster IP; LoadBalancer services get an ingress IP from 203.0.113.0/24
 * (TEST-NET-3, documentation only: nothing ever answers there).
 */
import { clone } from '../json';
import type { Controller } from './context';

/** Runs services. */
export const serviceController: Controller = (ctx) => {
  const def = ctx.def('Service');
  for (const svc of ctx.store.peekAll(def)) {
    if (svc.metadata.deletionTimestamp) continue;
    const lb = svc.spec?.type === 'LoadBalancer';
    const hasIp = svc.spec?.type === 'ExternalName' || !!svc.spec?.clusterIP;
    if (
      hasIp &&
      (lb
        ? svc.status?.loadBalancer?.ingress?.length
        : svc.status?.loadBalancer && !svc.status.loadBalancer.ingress)
    )
      continue;
    const next = clone(svc);
    next.spec ??= {};
    if (next.spec.type !== 'ExternalName' && !next.spec.clusterIP) {
      next.spec.clusterIP = ctx.nextIp('cluster');
      next.spec.clusterIPs = [next.spec.clusterIP];
    }
    if (next.spec.type === 'LoadBalancer' && !next.status?.loadBalancer?.ingress?.length) {
      next.status = { loadBalancer: { ingress: [{ ip: ctx.nextIp('lb'), ipMode: 'VIP' }] } };
    } else if (next.spec.type !== 'LoadBalancer') {
      next.status = { loadBalancer: {} };
    }
    ctx.store.update(def, next);
  }
};
