import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{gunzipSync as s}from"node:zlib";var f=n=>`owner=helm,name=${n}`;function o(n,t){let e=n.metadata.labels??{};if(e.owner!=="helm"||e.name!==t)return;let r=Number(e.version);if(Number.isInteger(r))return{revision:r,status:e.status??"unknown",chartVersion:a(n)}}function c(n,t){let e;for(let r of n){let i=o(r,t);i&&(!e||i.revision>e.revision)&&(e=i)}return e}function a(n){let t=n.data?.release;if(t)try{let e=Buffer.from(Buffer.from(t,"base64").toString("utf8"),"base64");return JSON.parse(s(e).toString("utf8")).chart?.metadata?.version}catch{return}}export{f as a,c as b};
