import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{a as c,b as d,c as e}from"./chunk-2KANMCZA.js";import{a as b}from"./chunk-OPF65ZDQ.js";import"./chunk-BLJ3CL3E.js";import"./chunk-HZN7S3EJ.js";import"./chunk-HJ34JUQT.js";import"./chunk-7CPWJJ2D.js";import{d as a}from"./chunk-SSXKLWIK.js";import"./chunk-5P4EGROB.js";import"./chunk-AJA43ILI.js";export{a as ClusterUnreachableError,c as FIELD_MANAGER,e as Kube,d as loadKubeConfig,b as plain};
