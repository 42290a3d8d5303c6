import { createRequire as __k2hCreateRequire } from 'node:module';
import { fileURLToPath as __k2hFileURLToPath } from 'node:url';
import { dirname as __k2hDirname } from 'node:path';
const require = __k2hCreateRequire(import.meta.url);
const __k2h_filename = __k2hFileURLToPath(import.meta.url);
const __k2h_dirname = __k2hDirname(__k2h_filename);
import{a}from"./chunk-V2ZDVHBB.js";import"./chunk-GUU3DOUL.js";import"./chunk-ZHUD666Y.js";import"./chunk-PI6AEMYJ.js";import"./chunk-V64YIYQY.js";import"./chunk-P5GDIGUA.js";import"./chunk-6DAKI7BN.js";import"./chunk-SAWPM26D.js";import"./chunk-OPF65ZDQ.js";import"./chunk-BLJ3CL3E.js";import"./chunk-3BTJCZKK.js";import"./chunk-LQRLDKU2.js";import"./chunk-U2PQ6HJ7.js";import"./chunk-AN4FZWQW.js";import"./chunk-QLXOPM74.js";import"./chunk-AIFLMNR7.js";import"./chunk-HZN7S3EJ.js";import"./chunk-HJ34JUQT.js";import"./chunk-7CPWJJ2D.js";import"./chunk-SSXKLWIK.js";import"./chunk-5P4EGROB.js";import"./chunk-AJA43ILI.js";export{a as cleanup};
