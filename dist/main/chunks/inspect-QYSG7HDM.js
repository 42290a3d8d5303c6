import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{a as d}from"./chunk-FVASKA7S.js";import"./chunk-7YM76TKA.js";import"./chunk-5P4EGROB.js";import"./chunk-F24HOU2C.js";import"./chunk-AJA43ILI.js";async function y(a,t){let{databases:u}=await a.db("admin").admin().listDatabases({nameOnly:!0}),o=u.some(e=>e.name===t),s=o?await a.db(t).command({dbStats:1}):{},n=e=>Number.isFinite(Number(e))?Number(e):0,m=n(s.fsTotalSize),r=o?await d(a.db(t)):[],i=r.filter(e=>e.type!=="view"),c=await Promise.all(i.map(e=>a.db(t).collection(e.name).estimatedDocumentCount()));return{name:t,exists:o,collections:i.length,views:r.length-i.length,documents:c.reduce((e,l)=>e+l,0),dataBytes:n(s.dataSize),diskBytes:n(s.storageSize)+n(s.indexSize),freeBytes:m>0?m-n(s.fsUsedSize):void 0}}export{y as summarizeDatabase};
