import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{a as n,b as s}from"./chunk-BLJ3CL3E.js";import{c as o}from"./chunk-HZN7S3EJ.js";async function m(r){let i=[()=>r.config.makeApiClient(o).createSelfSubjectReview({body:{apiVersion:"authentication.k8s.io/v1",kind:"SelfSubjectReview"}})];for(let u of i)try{let e=(await u()).status?.userInfo;if(e?.username)return{username:e.username,groups:e.groups??[],source:"SelfSubjectReview"}}catch(t){let e=s(t,"create selfsubjectreview",r.server);if(!(e instanceof n&&e.code===404))throw e}return{username:r.config.getCurrentUser()?.name??"unknown",groups:[],source:"kubeconfig"}}export{m as a};
