import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{f as a,g as b,h as c,i as d,j as e,k as f,l as g}from"./chunk-B7NAHH3L.js";import"./chunk-CZRWXGQR.js";import"./chunk-V7X5VXXH.js";import"./chunk-TC57IJ27.js";import"./chunk-3BTJCZKK.js";import"./chunk-LQRLDKU2.js";import"./chunk-AN4FZWQW.js";import"./chunk-QLXOPM74.js";import"./chunk-AIFLMNR7.js";import"./chunk-BVCNSZW6.js";import"./chunk-7CPWJJ2D.js";import"./chunk-SSXKLWIK.js";import"./chunk-AJA43ILI.js";export{e as adoptionTargets,f as efsValues,b as helmManifestName,c as helmPvcManifest,a as kustomizeBackupName,g as prepareStorage,d as storageQueries};
