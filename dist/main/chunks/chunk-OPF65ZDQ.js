import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
function i(n,e,r){let t=o(n);return e&&!t.apiVersion&&(t.apiVersion=e),r&&!t.kind&&(t.kind=r),t}function o(n){if(n instanceof Date)return n.toISOString().replace(/\.\d{3}Z$/,"Z");if(Array.isArray(n))return n.map(o);if(n&&typeof n=="object"){let e={};for(let[r,t]of Object.entries(n))t!==void 0&&(e[r]=o(t));return e}return n}export{i as a};
