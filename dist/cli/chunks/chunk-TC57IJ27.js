import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
var c=["uid","resourceVersion","creationTimestamp","managedFields","selfLink","generation","ownerReferences","deletionTimestamp","deletionGracePeriodSeconds","generateName"],d="kubectl.kubernetes.io/last-applied-configuration";function g(e){let t=JSON.parse(JSON.stringify(e));for(let a of c)delete t.metadata[a];delete t.status;let n=t.metadata.annotations;return n&&(delete n[d],Object.keys(n).length||delete t.metadata.annotations),t}var s="app.kubernetes.io/created-by",p={[s]:"k2h"};function u(e){return e?.metadata.labels?.[s]===p[s]}function m(e,t,n){let a=(r,o)=>Object.fromEntries(o.filter(i=>r&&i in r).map(i=>[i,r[i]]));return{apiVersion:e.apiVersion,kind:e.kind,name:e.metadata.name,...n?{namespace:n}:{},previousAnnotations:a(e.metadata.annotations,Object.keys(t.annotations)),previousLabels:a(e.metadata.labels,Object.keys(t.labels))}}export{c as a,d as b,g as c,s as d,p as e,u as f,m as g};
