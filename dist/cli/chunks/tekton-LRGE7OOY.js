import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{a,b,c}from"./chunk-QB4S6ELE.js";import"./chunk-3AEBSUTK.js";import"./chunk-IFNIBFTM.js";import"./chunk-BLJ3CL3E.js";import"./chunk-AUWQ75ZT.js";import"./chunk-B5O5IXE5.js";import"./chunk-U2PQ6HJ7.js";import"./chunk-AN4FZWQW.js";import"./chunk-QLXOPM74.js";import"./chunk-AIFLMNR7.js";import"./chunk-BVCNSZW6.js";import"./chunk-7CPWJJ2D.js";import"./chunk-SSXKLWIK.js";import"./chunk-AJA43ILI.js";export{a as DEFAULT_RESULTS_DIR,b as paramEnvName,c as runTekton};
