import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{f as a,g as b,h as c,i as d,j as e,k as f,l as g}from"./chunk-7P7NAJUD.js";import"./chunk-HNC2TQKT.js";import"./chunk-V7X5VXXH.js";import"./chunk-TC57IJ27.js";import"./chunk-DYRMXV4S.js";import"./chunk-F7Q3AC62.js";import"./chunk-R5RXW35H.js";import"./chunk-4LGNNY5B.js";import"./chunk-7CPWJJ2D.js";import"./chunk-ADESFATS.js";import"./chunk-AJA43ILI.js";export{e as adoptionTargets,f as efsValues,b as helmManifestName,c as helmPvcManifest,a as kustomizeBackupName,g as prepareStorage,d as storageQueries};
