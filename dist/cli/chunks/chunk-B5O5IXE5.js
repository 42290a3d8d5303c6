import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{a as r}from"./chunk-U2PQ6HJ7.js";import{c as o,d as n,e as a,f as i,g as s,h as p,i as c,j as u}from"./chunk-AN4FZWQW.js";var m=["preflight","migrate-secrets","prepare-storage","gate","downtime","helm-install","rollback","cleanup"];function e(t,l){return{...t,run:async f=>(await l()).run(f)}}var d={preflight:e(o,async()=>(await import("./preflight-VG3KUTUT.js")).preflight),"migrate-secrets":e(n,async()=>(await import("./migrate-secrets-OAGIQH6L.js")).migrateSecrets),"prepare-storage":e(a,async()=>(await import("./prepare-storage-ORXKEU67.js")).prepareStorage),gate:e(u,async()=>(await import("./gate-V6HIHHJT.js")).gate),downtime:e(i,async()=>(await import("./downtime-NWMIY3IA.js")).downtime),"helm-install":e(s,async()=>(await import("./helm-install-I34C64BC.js")).helmInstall),rollback:e(p,async()=>(await import("./rollback-KM5BDDC2.js")).rollback),cleanup:e(c,async()=>(await import("./cleanup-23XMUEYU.js")).cleanup)};function y(t){return m.includes(t)}function x(t){return[...r,...t.inputs]}export{m as a,d as b,y as c,x as d};
