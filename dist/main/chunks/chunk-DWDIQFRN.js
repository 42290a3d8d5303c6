import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
var r="k2h.cognigy.ai/migration";function o(t,e){return{...t,metadata:{...t.metadata,annotations:{...t.metadata.annotations??{},[r]:e.id}}}}function m(t,e){if(!e)return!1;let n=(t.createdObjects??[]).find(a=>a.kind===e.kind&&a.name===e.metadata.name&&(a.namespace??"")===(e.metadata.namespace??""));return n?n.uid===e.metadata.uid:e.metadata.annotations?.[r]===t.id}function c(t,e){let n=t.createdObjects??=[],a={apiVersion:e.apiVersion,kind:e.kind,name:e.metadata.name,...e.metadata.namespace?{namespace:e.metadata.namespace}:{},uid:String(e.metadata.uid)},i=n.findIndex(d=>d.kind===a.kind&&d.name===a.name&&(d.namespace??"")===(a.namespace??""));return i>=0&&n[i].uid===a.uid?!1:(i>=0?n[i]=a:n.push(a),!0)}export{o as a,m as b,c};
